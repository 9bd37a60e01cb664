"""Quality gates: computed for every drafted question, printed after each draft.

Hard gates stop the run (nothing is written) and name the rule that produced the bad
question, because a bad question is a bug in that rule:

- **provenance exact**: the file's bytes still hash to the recorded sha256, and the
  raw slice ``[start:end]`` of the file is exactly the quote as written to YAML (control
  characters, which YAML text may not hold, written as spaces one for one);
- **answer grounded**: the key is the very text at the recorded offsets, inside the
  quote (list answers are items of the quoted list; a false statement's original value
  is in the quote and its replacement is not);
- **answer not in stem**: the key does not show outside the blank;
- **no duplicate options**;
- **numeric distractors not in the sentence** (such a number might be true).

Soft gates are reported as figures: true/false balance and stem length.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.characters import spaced
from curriculum.draft.clauses import BLANK
from curriculum.draft.distractors import numbers_in, written_value
from curriculum.draft.prohibitions import NEGATIONS
from curriculum.draft.questions import MAX_STEM_WORDS, DraftQuestion

HARD = (
    "provenance exact",
    "answer grounded",
    "answer not in stem",
    "no duplicate options",
    "numeric distractors not in sentence",
)
_SPACES = re.compile(r"\s+")
_UNESCAPE = re.compile(r"\\(.)")


@dataclass
class GateFailure:
    """One question failing one hard gate."""

    gate: str
    question: DraftQuestion
    detail: str


@dataclass
class GateReport:
    """Hard-gate counts and soft figures for a set of questions."""

    checked: dict[str, int] = field(default_factory=dict)
    failures: list[GateFailure] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures

    def lines(self) -> list[str]:
        """Human-readable gate lines for the command's output."""
        if not self.figures.get("questions"):
            return ["  no questions drafted, so no gates to run"]
        out = []
        for gate in HARD:
            total = self.checked.get(gate, 0)
            failed = sum(1 for f in self.failures if f.gate == gate)
            status = "pass" if failed == 0 else "FAIL"
            out.append(f"  {gate:<38} {total - failed}/{total} {status} (hard)")
        figures = self.figures
        if figures["true_false_share_true"] is not None:
            balance = f"{figures['true_false']} (aim: 40-60% true)"
            out.append(f"  {'true/false balance':<38} {balance}")
        out.append(
            f"  {'stem length':<38} median {figures['stem_words_median']} words, "
            f"{figures['stems_over_40_words']} over {MAX_STEM_WORDS}"
        )
        return out


def _norm(text: str) -> str:
    return _SPACES.sub(" ", _UNESCAPE.sub(r"\1", text)).strip().casefold()


def check_questions(questions: list[DraftQuestion], written_quotes: dict[str, str]) -> GateReport:
    """Run every gate; ``written_quotes`` maps question id to the quote read back from YAML."""
    report = GateReport()
    digests: dict[Path, str] = {}
    for question in questions:
        for gate, problem in _hard(question, written_quotes.get(question.qid), digests):
            report.checked[gate] = report.checked.get(gate, 0) + 1
            if problem:
                report.failures.append(GateFailure(gate, question, problem))
    report.figures = figures(questions)
    return report


def _hard(q: DraftQuestion, written: str | None, digests: dict[Path, str]) -> list[tuple[str, str]]:
    checks = [
        ("provenance exact", lambda: _provenance(q, written, digests)),
        ("answer grounded", lambda: _grounded(q)),
        ("answer not in stem", lambda: _in_stem(q)),
    ]
    if q.options:
        checks.append(("no duplicate options", lambda: _duplicates(q)))
    if q.numeric or q.replacement:
        checks.append(("numeric distractors not in sentence", lambda: _distractor_in_sentence(q)))
    return [(gate, _safely(check)) for gate, check in checks]


def _safely(check: Callable[[], str]) -> str:
    """A question a gate cannot even read fails that gate (and is dropped, not a crash)."""
    try:
        return check()
    except (ValueError, IndexError, KeyError) as exc:
        return f"the question is malformed ({type(exc).__name__}: {exc})"


def _provenance(q: DraftQuestion, written: str | None, digests: dict[Path, str]) -> str:
    """The file is re-read (once per run) so a quote is checked against what is on disk."""
    doc = q.analysis.doc
    if doc.path not in digests:
        try:
            digests[doc.path] = hashlib.sha256(doc.path.read_bytes()).hexdigest()
        except OSError as exc:
            return f"cannot re-read {doc.rel}: {exc.strerror}"
    digest = digests[doc.path]
    if digest != doc.file_sha256:
        return f"{doc.rel} changed while drafting"
    quote = spaced(doc.raw[q.quote[0] : q.quote[1]])  # control characters are written as spaces
    if written is None or written != quote:
        return f"the quote written ({written!r}) is not the file's slice {q.quote}"
    if not quote.strip():
        return "empty quote"
    return ""


def _grounded(q: DraftQuestion) -> str:
    doc = q.analysis.doc
    lo, hi = q.quote
    if not (lo <= q.key[0] and q.key[1] <= hi):
        return "the answer's offsets lie outside the quoted sentence"
    key = _norm(doc.display(*q.key))
    if q.qtype == "ordering":
        return _in_order(q)
    if q.items:
        items = {_norm(_item(doc.display(s, e))) for s, e in q.items}
        correct = [_norm(t) for t, ok in q.options if ok]
        wrong = [_norm(t) for t, ok in q.options if not ok]
        if q.rule == "list-not-member":
            bad = [t for t in correct if t in items] + [t for t in wrong if t not in items]
        else:
            bad = [t for t in correct if t not in items] + [t for t in wrong if t in items]
        return f"options misplaced against the quoted list: {bad}" if bad else ""
    if q.qtype == "fill_blank":
        return "" if _norm(q.answers[0]) == key else f"answer {q.answers[0]!r} is not {key!r}"
    if q.qtype == "single_choice":
        correct = [t for t, ok in q.options if ok]
        return "" if [_norm(t) for t in correct] == [key] else f"key {correct} is not {key!r}"
    if q.truth is False and not q.replacement and key in NEGATIONS:
        # a prohibition's twin: the rule without its negation (``prohibitions.py``)
        said = len(re.findall(rf"\b{key}\b", _norm(doc.display(lo, hi))))
        shown = len(re.findall(rf"\b{key}\b", _norm(q.prompt)))
        return "" if shown == said - 1 else f"the false statement keeps the rule's {key!r}"
    if q.truth is False:
        quote_numbers = numbers_in(doc.display(lo, hi))
        if written_value(q.replacement) in quote_numbers:
            return f"replacement {q.replacement} also appears in the quote"
        stem_numbers = numbers_in(_norm(q.prompt))
        if written_value(q.replacement) in stem_numbers and written_value(key) not in stem_numbers:
            return ""
        return "the false statement does not swap the quoted value"
    if q.truth is True:
        return "" if key in _norm(q.prompt) else f"the true statement lost its fact {key!r}"
    return "no rule to ground this question"


def _in_order(q: DraftQuestion) -> str:
    """Each item to order is the start of its quoted list item, in the list's order."""
    doc = q.analysis.doc
    if len(q.answers) != len(q.items):
        return "the items to order are not the quoted list's items"
    for shown, (start, end) in zip(q.answers, q.items, strict=True):
        if not _norm(doc.display(start, end)).startswith(_norm(shown)):
            return f"item {shown!r} is not the start of {doc.display(start, end)!r}"
    return ""


def _item(text: str) -> str:
    return re.sub(r"(?:[;,.]|\s+(?:and|or))+$", "", text).strip()


def _in_stem(q: DraftQuestion) -> str:
    if q.qtype == "true_false":
        return ""
    prompt = _norm(q.prompt).replace(BLANK, " ")
    keys = q.answers or [t for t, ok in q.options if ok]
    for key in keys:
        if q.numeric:
            if written_value(key) in numbers_in(prompt):
                return f"the number {key} shows in the stem"
        elif re.search(r"(?<!\w)" + re.escape(_norm(key)) + r"(?!\w)", prompt):
            return f"the answer {key!r} shows in the stem"
    return ""


def _duplicates(q: DraftQuestion) -> str:
    seen = [_norm(t) for t, _ in q.options]
    repeated = sorted({t for t in seen if seen.count(t) > 1})
    return f"repeated options {repeated}" if repeated else ""


def _distractor_in_sentence(q: DraftQuestion) -> str:
    doc = q.analysis.doc
    numbers = numbers_in(doc.display(*q.quote))
    wrong = [t for t, ok in q.options if not ok] + ([q.replacement] if q.replacement else [])
    bad = [w for w in wrong if written_value(w) in numbers]
    return f"distractors {bad} appear in the cited sentence" if bad else ""


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def figures(questions: list[DraftQuestion]) -> dict[str, object]:
    """The soft figures (also written to draft-metrics.json)."""
    tf = [q for q in questions if q.qtype == "true_false"]
    true_count = sum(1 for q in tf if q.truth)
    words = [len(q.prompt.split()) for q in questions]
    single = [q for q in questions if q.qtype == "single_choice"]
    extremes = [
        q for q in questions if q.numeric and q.options and (q.options[0][1] or q.options[-1][1])
    ]
    groups: dict[str, int] = {}
    for q in questions:
        groups[q.group] = groups.get(q.group, 0) + 1
    return {
        "questions": len(questions),
        "true_false": f"{true_count} true / {len(tf) - true_count} false",
        "true_false_share_true": round(true_count / len(tf), 2) if tf else None,
        "stem_words_median": _whole(statistics.median(words)) if words else 0,
        "stems_over_40_words": sum(1 for w in words if w > MAX_STEM_WORDS),
        "single_choice_with_3_distractors": sum(
            1 for q in single if sum(1 for _, ok in q.options if not ok) >= 3
        ),
        "single_choice": len(single),
        "numeric_answer_at_extreme": len(extremes),
        "numeric_questions": sum(1 for q in questions if q.numeric),
        "sibling_groups": sum(1 for n in groups.values() if n > 1),
        "questions_with_warnings": sum(1 for q in questions if q.warnings),
    }
