"""Every word the PDF templates print of their own, per language, from one catalogue.

Templates never hold literal English: they print ``t.key`` (or ``t.fmt("key", n=3)``
for texts with numbers), and Python code that composes printed text (question
instructions, the session plan's messages, dates) asks :func:`strings` too. A
language without an entry, or without a given key, falls back to English key by
key, so adding a language (issue 15) means adding one dict here and nothing else.

Dates print in one style per language (``29 November 2026``); a language without
month names prints ISO dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ENGLISH: dict[str, str] = {
    # document kinds (cover label, running footer, PDF title)
    "learner": "Learner handout",
    "trainer": "Trainer edition",
    "quiz": "Quiz sheet",
    "answer-key": "Answer key",
    "book": "Course book",
    # page furniture
    "page": "Page",
    "of": "of",
    "answers_warning": "Trainer copy: contains answers",
    # cover
    "theme": "Theme",
    "duration": "Duration",
    "minutes_n": "{n} minutes",
    "level": "Level",
    "audience": "Audience",
    "handling": "Handling",
    "version": "Version",
    "date": "Date",
    "modules": "Modules",
    # front matter and sections
    "contents": "Contents",
    "content_advisory": "Content advisory",
    "objectives": "Learning objectives",
    "objectives_lead": "After this module you will be able to:",
    "fictional_scenario": "Fictional scenario",
    "scenario_advisory": ("The case below is a fictional composite written for training. It is "
                          "non-graphic and describes no real child, victim or case. You may "
                          "pause or step out at any time."),
    "key_points": "Key points",
    "facts": "Facts",
    "as_of": "as of {when}",
    "activity": "Activity",
    "trainer_notes": "Trainer notes",
    "section_minutes": "section: {n} minutes",
    "references": "References",
    "self_care": "Looking after yourself",
    "section_ref": "section {number}",
    "continued": "continued",
    # session plan
    "session_plan": "Session plan",
    "plan_start": "Start",
    "plan_part": "Part",
    "plan_item": "Item",
    "plan_minutes": "Minutes",
    "plan_section": "Section",
    "plan_activity": "Activity",
    "plan_quiz": "Quiz",
    "plan_missing": "missing",
    "plan_total": "Total planned",
    "plan_duration": "Module duration",
    "plan_check": "Check the plan",
    "plan_ok": "The plan adds up to the module's duration of {duration} minutes.",
    "plan_over": ("The plan adds up to {planned} minutes: {diff} minutes more than the "
                  "module's duration of {duration} minutes."),
    "plan_under": ("The plan adds up to {planned} minutes: {diff} minutes less than the "
                   "module's duration of {duration} minutes."),
    "plan_missing_one": ("1 row has no minutes (marked \u201cmissing\u201d), so the plan "
                         "cannot be checked against the duration of {duration} minutes; "
                         "{planned} minutes are planned so far."),
    "plan_missing_many": ("{n} rows have no minutes (marked \u201cmissing\u201d), so the plan "
                          "cannot be checked against the duration of {duration} minutes; "
                          "{planned} minutes are planned so far."),
    # quiz sheet and answer key
    "knowledge_check": "Knowledge check",
    "name": "Name",
    "course": "Course",
    "score": "Score",
    "quiz_lead": "{questions} questions, {points} points. Pass mark: {pass_mark}%.",
    "quiz_time": "Time: {n} minutes.",
    "version_date": "Version {version}, {date}.",
    "no_quiz": "This module has no quiz.",
    "point_one": "{n} point",
    "point_many": "{n} points",
    "key_lead": ("Pass mark {pass_mark}%, {points} points in all. Letters refer to the printed "
                 "quiz sheet."),
    "grid_title": "Marking grid",
    "grid_no": "No.",
    "grid_answer": "Answer",
    "grid_points": "Points",
    "grid_mark": "Mark",
    "grid_see_below": "see model answer below",
    "answer": "Answer",
    "model_answer": "Model answer",
    "option_feedback": "Option feedback",
    "why": "Why:",
    "feedback": "Feedback:",
    "source": "Source:",
    "answer_label": "Answer:",
    "true": "True",
    "false": "False",
    "accepted_within": "accepted within \u00b1 {tolerance}",
    "instr_single_choice": "Tick one answer.",
    "instr_multiple_choice": "Tick every answer that applies.",
    "instr_true_false": "Tick True or False.",
    "instr_fill_blank": "Write the missing word or words in the blank.",
    "instr_numeric": "Write the number.",
    "instr_matching": "Write the letter of the matching answer in the box before each item.",
    "instr_ordering": "Write 1, 2, 3 ... in the boxes to put the items in order (1 = first).",
    "instr_short_answer": "Write your answer in the space below.",
    # dates
    "months": ("January February March April May June July August September October "
               "November December"),
    "date_format": "{day} {month} {year}",
}

CATALOGUE: dict[str, dict[str, str]] = {"en": ENGLISH}
"""Language (BCP 47 primary subtag) -> key -> text. Issue 15 adds languages here."""

QUOTES: dict[str, str] = {"en": "\u201c\u201d\u2018\u2019", "fr": "\u00ab\u00bb\u201c\u201d",
                          "de": "\u201e\u201c\u201a\u2018", "ar": "\u00ab\u00bb\u201c\u201d"}
"""Typographic quotes per language (double open/close, single open/close), for Markdown."""


@dataclass(frozen=True)
class Strings:
    """The catalogue for one language, English key by key where it has no entry."""

    language: str

    def _table(self) -> dict[str, str]:
        return CATALOGUE.get(primary(self.language), {})

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __getitem__(self, key: str) -> str:
        text = self._table().get(key, ENGLISH.get(key))
        if text is None:
            raise KeyError(f"no catalogue entry {key!r}")
        return text

    def fmt(self, key: str, **values: object) -> str:
        """The entry ``key`` with ``{name}`` fields filled in."""
        return self[key].format(**values)

    def n_points(self, n: int) -> str:
        """``1 point``, ``3 points``."""
        return self.fmt("point_one" if n == 1 else "point_many", n=n)

    def long_date(self, when: date) -> str:
        """The language's one date style (ISO when the language has no month names)."""
        months = self._table().get("months")
        if not months:
            return when.isoformat()
        month = months.split()[when.month - 1]
        return self.fmt("date_format", day=when.day, month=month, year=when.year)

    def quotes(self) -> str:
        """The four typographic quote characters of the language."""
        return QUOTES.get(primary(self.language), QUOTES["en"])


def primary(language: str) -> str:
    """The BCP 47 primary subtag, lower case (``fr-CA`` -> ``fr``)."""
    return language.split("-")[0].lower()


def strings(language: str) -> Strings:
    """The catalogue for ``language``."""
    return Strings(language)
