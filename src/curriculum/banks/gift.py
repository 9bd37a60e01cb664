"""A module's quiz in Moodle's GIFT text format (``docs/gift.md``).

GIFT expresses choice, true/false, short answer (fill-in), numeric, matching and
essay questions. What it cannot say is left out and listed by :func:`left_out`:
ordering items (no GIFT syntax), matching items with fewer than three pairs
(Moodle's GIFT importer refuses them), and the model answer of a short answer (an
essay in GIFT has no grader information). Text is HTML (``[html]``) with GIFT's
special characters escaped, so no author text can end a question or add an answer.
"""

from __future__ import annotations

import re

from curriculum.banks.markup import html_text
from curriculum.banks.moodle import categories
from curriculum.models import BLANK_PATTERN
from curriculum.package_models import (
    AssessmentItem,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    Package,
    ShortAnswerItem,
    TrueFalseItem,
)

SPECIAL = "\\~=#{}:"
MIN_MATCHING_PAIRS = 3


def escape(text: str) -> str:
    """Backslash before each GIFT special character; line breaks folded to spaces."""
    out = "".join(f"\\{c}" if c in SPECIAL else c for c in text)
    return re.sub(r"\s+", " ", out)


def _line(text: str) -> str:
    return text.strip()


def left_out(item: AssessmentItem) -> str | None:
    """Why the item cannot be written in GIFT, or None when it can."""
    if item.type == "ordering":
        return "GIFT has no ordering question"
    if isinstance(item, MatchingItem) and len(item.correct_response) < MIN_MATCHING_PAIRS:
        return "GIFT matching needs at least three pairs"
    return None


def gift_text(package: Package) -> bytes | None:
    """The GIFT file for one module, or None when it has no quiz."""
    if not package.assessments:
        return None
    manifest = package.manifest
    lines = [f"// {manifest.title} ({manifest.identifier} {manifest.version})", ""]
    for path, _objective, items in categories(package):
        lines += [f"$CATEGORY: {path}", ""]
        for item in items:
            lines += _question(item)
    return ("\n".join(lines).rstrip("\n") + "\n").encode()


def _question(item: AssessmentItem) -> list[str]:
    reason = left_out(item)
    if reason:
        return [f"// left out: {item.identifier}: {reason}", ""]
    head = f"::{escape(item.identifier)}::[html]"
    general = (item.explanation_html or "") + (item.feedback_html or "")
    tail = f" ####{escape(general.strip())}" if general else ""
    if isinstance(item, FillBlankItem) and BLANK_PATTERN.search(item.prompt_html):
        before, after = BLANK_PATTERN.split(item.prompt_html, maxsplit=1)
        answers = " ".join(f"={escape(a)}" for a in dict.fromkeys(item.correct_response))
        return [_line(f"{head}{escape(before)}{{{answers}{tail}}}{escape(after)}"), ""]
    return [f"{head}{escape(item.prompt_html.strip())}{{{_answers(item)}{tail}}}", ""]


def _answers(item: AssessmentItem) -> str:
    if isinstance(item, ChoiceItem):
        return _choices(item)
    if isinstance(item, TrueFalseItem):
        return "TRUE" if item.correct_response[0] else "FALSE"
    if isinstance(item, FillBlankItem):
        return " ".join(f"={escape(a)}" for a in dict.fromkeys(item.correct_response))
    if isinstance(item, NumericItem):
        response = item.correct_response
        return f"#{response.value}:{response.tolerance}"
    if isinstance(item, MatchingItem):
        rights = {r.identifier: r.html for r in item.rights}
        lefts = {left.identifier: left.html for left in item.lefts}
        # Moodle reads the left in the question's format (HTML here) and the right as plain
        # text it escapes itself: a left written as decoded text could carry markup.
        return " ".join(f"={escape(lefts[left])} -> {escape(html_text(rights[right]))}"
                        for left, right in item.correct_response)
    assert isinstance(item, ShortAnswerItem)
    return ""


def _choices(item: ChoiceItem) -> str:
    """``=`` marks the key of a single choice; weights split 100 for multiple choice."""
    right = set(item.correct_response)
    parts = []
    for choice in item.choices:
        if item.type == "single_choice":
            mark = "=" if choice.identifier in right else "~"
        else:
            weight = 100 / len(right) if choice.identifier in right else -100
            mark = f"~%{weight:.5f}".rstrip("0").rstrip(".") + "%"
        feedback = item.feedback.get(choice.identifier)
        note = f"#{escape(feedback)}" if feedback else ""
        parts.append(f"{mark}{escape(choice.html)}{note}")
    return " ".join(parts)
