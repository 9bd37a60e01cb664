"""Turn pydantic validation errors into plain-words, located diagnostics.

pydantic says ``Input should be a valid string [type=string_type]`` at
``('quiz', 'questions', 2, 'single_choice', 'prompt')``. Authors need
``modules/x.yaml:48:9: error: quiz.questions[2].prompt: expected text, found the
number 42; put it in quotes``. This module does that translation, including a
"did you mean" for misspelt keys.
"""

from __future__ import annotations

import difflib
import re
import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from curriculum.diagnostics import Diagnostic, error
from curriculum.models import QUESTION_TYPES, SLUG_PATTERN
from curriculum.yamlio import KeyPath, SourceMap, format_key_path

_VARIANT_TAGS = set(QUESTION_TYPES)


def diagnostics_from_validation(
    exc: ValidationError, data: Any, source_map: SourceMap, model: type[BaseModel]
) -> list[Diagnostic]:
    """One diagnostic per pydantic error, placed where the author will look for it."""
    details = _merged([(d, _data_path(d["loc"], data)) for d in exc.errors(include_url=False)])
    out = [_diagnostic(d, path, data, source_map, model) for d, path in details]
    typo_fixes = {
        (path[:-1], _suggestion(model, data, path))
        for d, path in details
        if d["type"] == "extra_forbidden"
    }
    return [
        diag
        for (d, path), diag in zip(details, out, strict=True)
        if not (d["type"] == "missing" and (path[:-1], str(path[-1])) in typo_fixes)
    ]


def _data_path(loc: tuple[int | str, ...], data: Any = None) -> KeyPath:
    """Drop pydantic's union-branch names (``single_choice``, ``int``) that are not in the data.

    A question's type follows its list index; a value's member types (``int | float``)
    follow the value itself, where the data holds no mapping to look into.
    """
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(part, str) and part in _VARIANT_TAGS and index > 0:
            previous = loc[index - 1]
            if isinstance(previous, int):
                continue
        if data is not None and not isinstance(node, dict | list):
            break  # past a value: what follows names the union members tried on it
        path.append(part)
        node = _child(node, part)
    return tuple(path)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


_NUMBER_KINDS = frozenset({"int_type", "float_type", "int_from_float"})


def _merged(details: list[tuple[ErrorDetails, KeyPath]]) -> list[tuple[ErrorDetails, KeyPath]]:
    """One problem per value: ``int | float`` failing both ways is one "expected a number"."""
    out: list[tuple[ErrorDetails, KeyPath]] = []
    by_path: dict[KeyPath, int] = {}
    for detail, path in details:
        if path in by_path and detail["type"] in _NUMBER_KINDS:
            first, _ = out[by_path[path]]
            if first["type"] in _NUMBER_KINDS:
                out[by_path[path]] = ({**first, "type": "float_type"}, path)
                continue
        by_path.setdefault(path, len(out))
        out.append((detail, path))
    return out


def _diagnostic(
    detail: ErrorDetails,
    key_path: KeyPath,
    data: Any,
    source_map: SourceMap,
    model: type[BaseModel],
) -> Diagnostic:
    kind = detail["type"]
    shown = format_key_path(key_path) or "(top level)"
    if kind == "extra_forbidden":
        key = str(key_path[-1])
        message = f'{shown}: unknown key "{key}"{_did_you_mean(model, data, key_path)}'
        return error(message, source_map.key_at(key_path), "unknown-key", shown)
    if kind == "missing":
        parent = key_path[:-1]
        where = f"{format_key_path(parent)}: " if parent else ""
        message = f'{where}missing required key "{key_path[-1]}"'
        return error(message, source_map.value_at(parent), "missing-key", shown)
    if kind == "union_tag_invalid":
        key_path = (*key_path, "type")
        shown = format_key_path(key_path)
    message = f"{shown}: {_explain(detail)}"
    code = "wrong-type" if kind.endswith("_type") or kind in _TYPE_KINDS else "invalid-value"
    return error(message, source_map.value_at(key_path), code, shown)


_TYPE_KINDS = {"model_attributes_type", "dict_type", "list_type", "union_tag_not_found"}


def _explain(detail: ErrorDetails) -> str:
    kind = detail["type"]
    value = detail.get("input")
    ctx = detail.get("ctx") or {}
    explain = _EXPLAINERS.get(kind)
    if explain is not None:
        return str(explain(value, ctx))
    plain = detail["msg"].rstrip(".").replace("Input should be", "must be")
    return f"{plain}, found {_describe(value)}"


def _describe(value: Any) -> str:
    """A value as authors would recognise it from their YAML."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f'"{short}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


def _expected_text(value: Any, ctx: dict[str, Any]) -> str:
    hint = "; put it in quotes" if isinstance(value, bool | int | float) else ""
    return f"expected text, found {_describe(value)}{hint}"


def _pattern(value: Any, ctx: dict[str, Any]) -> str:
    pattern = str(ctx.get("pattern", ""))
    if pattern == SLUG_PATTERN:
        return (
            f"must be an id made of lowercase letters, digits and single hyphens "
            f"(like interpol-2018), found {_describe(value)}"
        )
    if pattern == r"\S":
        return "must not be blank"
    if "https?" in pattern:
        return f"must be a web address starting with http:// or https://, found {_describe(value)}"
    if r"\d{4}" in pattern:
        return f"must be a date written YYYY-MM-DD (or YYYY-MM, YYYY), found {_describe(value)}"
    if r"\d+\.\d+\.\d+" in pattern:
        return f'must be a version like "1.0.0", found {_describe(value)}'
    if "A-Za-z]{2,3}" in pattern:
        return f"must be a language tag like en, fr or pt-BR, found {_describe(value)}"
    return f"does not have the expected form, found {_describe(value)}"


def _literal(value: Any, ctx: dict[str, Any]) -> str:
    choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
    guess = closest_choice(value, choices)
    hint = f'; did you mean "{guess}"?' if guess is not None else ""
    return f"must be one of {', '.join(choices)}; found {_describe(value)}{hint}"


def _union_tag(value: Any, ctx: dict[str, Any]) -> str:
    tag = ctx.get("tag")
    guess = closest_choice(tag, list(QUESTION_TYPES))
    hint = f'; did you mean "{guess}"?' if guess is not None else ""
    return f"unknown question type {_describe(tag)}; use one of {', '.join(QUESTION_TYPES)}{hint}"


def closest_choice(value: Any, choices: list[str]) -> str | None:
    """The allowed value an author most likely meant: case, ``-``/``_`` and spaces aside,
    else the closest spelling."""
    if not isinstance(value, str | int | float) or isinstance(value, bool) or not choices:
        return None
    text = str(value)
    folded = {_fold(c): c for c in choices}
    if _fold(text) in folded:
        return folded[_fold(text)]
    renamed = _RENAMED.get(_fold(text))
    if renamed in choices:
        return renamed
    close = difflib.get_close_matches(text.lower(), [c.lower() for c in choices], 1, 0.7)
    return next((c for c in choices if close and c.lower() == close[0]), None)


_RENAMED = {"tlp:white": "TLP:CLEAR"}
"""Old names authors still type (TLP 1.0's WHITE is TLP 2.0's CLEAR)."""


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", "_", text.strip().casefold())


def _too_short(value: Any, ctx: dict[str, Any]) -> str:
    need = ctx.get("min_length", 1)
    have = ctx.get("actual_length", 0)
    return f"needs at least {need} item{'s' if need != 1 else ''}, found {have}"


def _bound(template: str, key: str) -> Any:
    def explain(value: Any, ctx: dict[str, Any]) -> str:
        limit = ctx.get(key)
        if key == "gt" and isinstance(limit, int) and isinstance(value, int):
            return f"must be {limit + 1} or more, found {_describe(value)}"
        return f"must be {template.format(limit)}, found {_describe(value)}"

    return explain


def _value_error(value: Any, ctx: dict[str, Any]) -> str:
    if isinstance(value, str) and len(value) == 10:
        return f"{_describe(value)} is not a real calendar date"
    return f"invalid value {_describe(value)}: {ctx.get('error', '')}"


_EXPLAINERS: dict[str, Any] = {
    "string_type": _expected_text,
    "int_type": lambda v, c: f"expected a whole number, found {_describe(v)}",
    "int_from_float": lambda v, c: f"expected a whole number, found {_describe(v)}",
    "float_type": lambda v, c: f"expected a number, found {_describe(v)}",
    "finite_number": lambda v, c: f"expected a finite number, found {_describe(v)}",
    "bool_type": lambda v, c: f"expected true or false, found {_describe(v)}",
    "list_type": lambda v, c: f"expected a list (lines starting with -), found {_describe(v)}",
    "dict_type": lambda v, c: f"expected a mapping (key: value lines), found {_describe(v)}",
    "model_type": lambda v, c: f"expected a mapping (key: value lines), found {_describe(v)}",
    "model_attributes_type": lambda v, c: (
        f"expected a mapping (key: value lines), found {_describe(v)}"
    ),
    "string_pattern_mismatch": _pattern,
    "string_too_short": lambda v, c: "must not be empty",
    "string_too_long": lambda v, c: f"is too long (at most {c.get('max_length')} characters)",
    "literal_error": _literal,
    "union_tag_invalid": _union_tag,
    "union_tag_not_found": lambda v, c: (
        f'missing key "type"; use one of {", ".join(QUESTION_TYPES)}'
    ),
    "too_short": _too_short,
    "greater_than": _bound("more than {}", "gt"),
    "greater_than_equal": _bound("{} or more", "ge"),
    "less_than": _bound("less than {}", "lt"),
    "less_than_equal": _bound("{} or less", "le"),
    "value_error": _value_error,
}


def _did_you_mean(model: type[BaseModel], data: Any, key_path: KeyPath) -> str:
    suggestion = _suggestion(model, data, key_path)
    if suggestion:
        return f'; did you mean "{suggestion}"?'
    allowed = allowed_keys(model, data, key_path[:-1])
    return f"; expected one of: {', '.join(sorted(allowed))}" if allowed else ""


def _suggestion(model: type[BaseModel], data: Any, key_path: KeyPath) -> str | None:
    """The allowed key closest to a misspelt one, if any is close enough."""
    allowed = allowed_keys(model, data, key_path[:-1])
    close = difflib.get_close_matches(str(key_path[-1]), sorted(allowed), n=1, cutoff=0.6)
    return close[0] if close else None


def allowed_keys(model: type[BaseModel], data: Any, key_path: KeyPath) -> set[str]:
    """The field names allowed at ``key_path`` of ``data`` validated as ``model``."""
    current: Any = model
    node = data
    for part in key_path:
        current = _field_type(current, node, part)
        node = node[part] if _has(node, part) else None
        if current is None:
            return set()
    current = _resolve_model(current, node)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return set(current.model_fields)
    return set()


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node)


def _field_type(current: Any, node: Any, part: str | int) -> Any:
    current = _resolve_model(current, node)
    if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(part, str):
        field = current.model_fields.get(part)
        return field.annotation if field else None
    if isinstance(part, int) and get_origin(current) is list and get_args(current):
        return get_args(current)[0]
    return None


def _resolve_model(annotation: Any, node: Any) -> Any:
    """For a union (optional fields, question types), the member that fits ``node``."""
    annotation = _strip(annotation)
    if get_origin(annotation) not in (Union, types.UnionType):
        return annotation
    candidates = [a for a in get_args(annotation) if a is not type(None)]
    if len(candidates) == 1:
        return _strip(candidates[0])
    tag = node.get("type") if isinstance(node, dict) else None
    for candidate in candidates:
        candidate = _strip(candidate)
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            field = candidate.model_fields.get("type")
            if field is None or tag in get_args(field.annotation):
                return candidate
    return None


def _strip(annotation: Any) -> Any:
    """Unwrap ``Annotated[...]`` to the underlying type."""
    while get_origin(annotation) is not None and hasattr(annotation, "__metadata__"):
        annotation = get_args(annotation)[0]
    return annotation
