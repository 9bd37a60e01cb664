"""The terminology lint: deprecated terms and the wording to use instead.

The rule list is data (``data/terminology.yaml``, from the content brief's
section 5) so reviewers can read and extend it without reading code. A term
inside quotation marks is usually a quoted official title (a treaty's name):
that is a review warning, never rewritten, and an author silences it by listing
the reviewed title in ``lint_exceptions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# A quotation may wrap across lines but never across a paragraph break.
_QUOTE_SPAN = re.compile(
    r'"(?:[^"\n]|\n(?![ \t]*\n))*"'
    r"|\u201c(?:[^\u201d\n]|\n(?![ \t]*\n))*\u201d"
    r"|\u2018(?:[^\u2019\n]|\n(?![ \t]*\n))*\u2019"
)
_SPACES = re.compile(r"\s+")
_BRACKET_SPAN = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Rule:
    """One deprecated term: how to find it and what to say instead."""

    pattern: re.Pattern[str]
    use: str
    why: str
    allowed_in_brackets: bool = False
    allowed_in_quotes: bool = False


@dataclass(frozen=True)
class Finding:
    """A deprecated term found in a text, and whether it sits in quotation marks."""

    start: int
    end: int
    term: str
    rule: Rule
    quoted_span: str | None

    def message(self) -> str:
        if self.quoted_span is not None:
            return (
                f'"{self.term}" appears inside quotation marks; if this quotes an official '
                f"title, add {self.quoted_span} to lint_exceptions, otherwise use "
                f'"{self.rule.use}"'
            )
        return f'"{self.term}" is deprecated terminology; use "{self.rule.use}" ({self.rule.why})'


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The packaged rule list, compiled once."""
    text = resources.files("curriculum").joinpath("data/terminology.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return tuple(_compile(item) for item in data["rules"])


def _compile(item: dict[str, Any]) -> Rule:
    flags = 0 if item.get("case_sensitive") else re.IGNORECASE
    return Rule(
        re.compile(item["pattern"], flags),
        item["use"],
        item["why"],
        bool(item.get("allowed_in_brackets")),
        bool(item.get("allowed_in_quotes")),
    )


@lru_cache(maxsize=1)
def _combined() -> re.Pattern[str]:
    """One alternation of all rules: a fast first pass that rejects clean texts."""
    parts = [f"(?:{r.pattern.pattern})" for r in rules() if r.pattern.flags & re.IGNORECASE]
    return re.compile("|".join(parts) + r"|\bCP\b", re.IGNORECASE)


def lint_text(text: str, exceptions: tuple[str, ...] = ()) -> list[Finding]:
    """Deprecated terms in ``text``, minus reviewed quoted titles and allowed uses."""
    if not _combined().search(text):
        return []
    quotes = [(m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text)]
    brackets = [(m.start(), m.end()) for m in _BRACKET_SPAN.finditer(text)]
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for rule in rules():
        for match in rule.pattern.finditer(text):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            finding = _judge(text, match, rule, quotes, brackets, exceptions)
            if finding is not None:
                findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


def _judge(
    text: str,
    match: re.Match[str],
    rule: Rule,
    quotes: list[tuple[int, int]],
    brackets: list[tuple[int, int]],
    exceptions: tuple[str, ...],
) -> Finding | None:
    inside_quote = _enclosing(match, quotes)
    if inside_quote is not None and rule.allowed_in_quotes:
        return None
    if rule.allowed_in_brackets and _enclosing(match, brackets) is not None:
        return None
    quoted = None
    if inside_quote is not None:
        quoted = _SPACES.sub(" ", text[inside_quote[0] : inside_quote[1]])
        inner = quoted[1:-1].strip()
        reviewed = (_SPACES.sub(" ", e).strip() for e in exceptions)
        if inner and any(e and e in inner for e in reviewed):
            return None
    return Finding(match.start(), match.end(), match.group(0), rule, quoted)


def _enclosing(match: re.Match[str], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in spans:
        if start <= match.start() and match.end() <= end:
            return start, end
    return None
