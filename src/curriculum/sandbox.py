"""The Jinja2 sandbox every template runs in: a project's templates are hostile input.

A project folder may come from anyone, and its ``templates/`` are code. Jinja2's
plain environment lets a template walk from any object to Python's globals
(``lipsum.__globals__``, ``''.__class__.__mro__``, ``self._TemplateReference__context``)
and from there run commands. This environment is Jinja2's immutable sandbox,
narrowed further to an allow-list:

- globals: only a bounded ``range`` (plus what the caller adds, e.g. ``asset``);
  no ``lipsum``, ``cycler``, ``joiner``, ``namespace`` or ``dict``;
- filters and tests: the listed harmless ones (no ``attr``, ``center``, ``indent``,
  ``slice``, ``pprint``, ``xmlattr``, ``tojson``, ``safe``), and ``format`` only
  printf-style with bounded field widths;
- attributes: never one starting with ``_``, never ``format``/``format_map`` (format
  strings reach attributes) nor a padding method that allocates on request
  (``zfill``, ``ljust``, ...); an attempt raises :class:`SecurityError` at once,
  so the build stops with the template file and line instead of printing an
  undefined value;
- resources: ``*``, ``**`` and ``%`` are checked (no ``"x" * 10**9``, no
  ``"%09999999d" % 1``), calls are counted per render, and a render has a time limit;
- files: templates load only by relative name, and only files whose real path
  (symlinks resolved) stays inside the allowed folder (:class:`ConfinedLoader`).
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from curriculum.config import is_inside

MAX_RANGE = 10_000
"""Longest ``range()`` a template may make (a page lists far fewer items)."""
MAX_SEQUENCE = 100_000
"""Longest string or list ``*`` may produce."""
MAX_EXPONENT = 128
MAX_CALLS = 1_000_000
"""Calls (functions, macros, methods) one render may make. The built-in templates make about
2.5 per question, and a 5 MB module holds well under 100,000 questions."""
RENDER_SECONDS = 60
"""Wall-clock limit of one render (a loop bomb without calls is caught by this)."""

DENIED_ATTRIBUTES = frozenset({
    "format", "format_map", "mro", "zfill", "ljust", "rjust", "center", "expandtabs",
    "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code", "f_globals",
    "f_locals", "f_builtins", "tb_frame", "func_globals", "func_code",
})

ALLOWED_FILTERS = frozenset({
    "abs", "batch", "capitalize", "count", "d", "default", "dictsort", "e", "escape",
    "filesizeformat", "first", "float", "groupby", "int", "join", "last", "length", "list",
    "lower", "map", "max", "min", "reject", "rejectattr", "replace", "reverse", "round",
    "select", "selectattr", "sort", "string", "striptags", "sum", "title", "trim", "truncate",
    "unique", "upper", "urlencode", "wordcount", "wordwrap",
})

ALLOWED_TESTS = frozenset({
    "boolean", "defined", "divisibleby", "eq", "equalto", "escaped", "even", "false", "float",
    "ge", "greaterthan", "gt", "in", "integer", "iterable", "le", "lessthan", "lower", "lt",
    "mapping", "ne", "none", "number", "odd", "sameas", "sequence", "string", "true",
    "undefined", "upper", "==", "!=", ">", ">=", "<", "<=",
})


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox with an allow-list of globals, filters, tests and attributes."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {k: v for k, v in self.filters.items() if k in ALLOWED_FILTERS}
        self.tests = {k: v for k, v in self.tests.items() if k in ALLOWED_TESTS}
        self.globals = {"range": bounded_range}
        self.filters["format"] = bounded_format
        self.calls = 0

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute``: refused at once for private and denied names."""
        if not (_is_key(obj, attribute) and not attribute.startswith("_")):
            refuse_name(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """``obj[argument]``: a mapping's own keys, else the attribute rules apply."""
        if isinstance(argument, str) and not _is_key(obj, argument):
            refuse_name(obj, argument)
        return super().getitem(obj, argument)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """What the sandbox itself finds unsafe stops the render too (never a silent value)."""
        raise SecurityError(f"access to attribute {attribute!r} of "
                            f"{type(obj).__name__!r} objects is not allowed in templates")

    def call(__self, __context: Context, __obj: Any, *args: Any,
             **kwargs: Any) -> Any:
        """Count every call, so that recursion and call loops end with a message."""
        __self.calls += 1
        if __self.calls > MAX_CALLS:
            raise SecurityError(f"the template made more than {MAX_CALLS:,} calls; "
                                "it is stopped (a runaway loop or recursion?)")
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``**`` and ``%`` with the sizes of their results bounded."""
        if operator == "%":
            if isinstance(left, str):
                raise SecurityError("string formatting with % is not allowed in templates")
            return left % right
        if operator == "**":
            if abs(_number(right)) > MAX_EXPONENT:
                raise SecurityError(f"exponents above {MAX_EXPONENT} are not allowed")
            return left ** right
        _check_repeat(left, right)
        return left * right


def _is_key(obj: Any, name: str) -> bool:
    """True for a mapping's own key (data such as ``doc.format``, never a method)."""
    return isinstance(obj, Mapping) and name in obj and not hasattr(type(obj), name)


def refuse_name(obj: Any, name: str) -> None:
    """Raise :class:`SecurityError` for names a template may never reach."""
    if name.startswith("_") or name in DENIED_ATTRIBUTES:
        raise SecurityError(f"access to attribute {name!r} of {type(obj).__name__!r} "
                            "objects is not allowed in templates")


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _check_repeat(left: Any, right: Any) -> None:
    for seq, times in ((left, right), (right, left)):
        sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
        if sized and len(seq) * times > MAX_SEQUENCE:
            raise SecurityError(f"a repeated string or list longer than {MAX_SEQUENCE:,} "
                                "items is not allowed in templates")


_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")
MAX_FIELD = 100
"""Widest field or precision a ``%`` format may ask for."""


def bounded_format(value: Any, *args: Any, **kwargs: Any) -> str:
    """The ``format`` filter (``"%.2f" | format(x)``), printf-style only, fields bounded.

    printf-style formatting cannot reach attributes (unlike ``str.format``), but a
    width such as ``%0999999999d`` allocates on request: widths and precisions
    above :data:`MAX_FIELD`, and ``*`` widths, are refused.
    """
    text = str(value)
    for spec in _PRINTF_SPEC.finditer(text):
        for field in spec.groups():
            if field is not None and (field == "*" or int(field) > MAX_FIELD):
                raise SecurityError(f"format field {spec.group()!r} is wider than {MAX_FIELD}")
    if args and kwargs:
        raise SecurityError("format takes either positional or keyword arguments, not both")
    return text % (kwargs or args)


def bounded_range(*args: int) -> range:
    """``range`` for templates: at most :data:`MAX_RANGE` items."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"range() of {len(numbers):,} items; templates may use at most "
                            f"{MAX_RANGE:,}")
    return numbers


class ConfinedLoader(FileSystemLoader):
    """Loads templates by relative name from one folder, never outside ``boundary``.

    ``boundary`` is the folder real paths must stay in (the project root for a
    project's templates): a template that is a symbolic link to a file elsewhere
    is refused before it is opened.
    """

    def __init__(self, folder: Path, boundary: Path) -> None:
        super().__init__(str(folder), followlinks=False)
        self.boundary = boundary

    def get_source(self, environment: Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        check_template_name(template)
        for folder in self.searchpath:
            path = os.path.join(folder, *PurePosixPath(template).parts)
            if os.path.isfile(path) and not is_inside(self.boundary, Path(path)):
                raise SecurityError(f"template {template!r} is a link to a file outside the "
                                    "project; refused")
        return super().get_source(environment, template)


def check_template_name(name: str) -> None:
    """A template is named by a relative path without ``..``, as in ``macros.html.j2``."""
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or ".." in posix.parts or (len(name) > 1 and name[1] == ":"):
        raise SecurityError(f"template name {name!r} must be a relative name inside the "
                            "templates folder")


def confined_loaders(folders: list[tuple[Path, Path]], package: BaseLoader) -> list[BaseLoader]:
    """A loader per ``(folder, boundary)`` pair that exists, then the package's."""
    loaders: list[BaseLoader] = [ConfinedLoader(f, b) for f, b in folders if f.is_dir()]
    return [*loaders, package]


class RenderTimeout(SecurityError):
    """A render ran past :data:`RENDER_SECONDS`."""


@contextmanager
def render_limits(env: Environment) -> Iterator[None]:
    """Reset the call budget and, in the main thread, bound the render's wall-clock time."""
    if isinstance(env, TemplateSandbox):
        env.calls = 0
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise RenderTimeout(f"the template ran longer than {RENDER_SECONDS} s; it is stopped "
                            "(a runaway loop?)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, RENDER_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
