"""Every word the PDF templates print of their own, by key, from the gettext catalogues.

Templates never hold literal English: they print ``t.key`` (or ``t.fmt("key", n=3)``
for texts with numbers), and Python code that composes printed text (question
instructions, the session plan's messages, dates) asks :func:`strings` too. The
English text of each key is its gettext msgid, marked with :func:`N_` / :func:`NN_`
so that Babel's extractor lists it; the translation comes from the language's PO
catalogue (:mod:`curriculum.i18n.catalogues`). Keys keep templates short and
overridable; the PO files stay the one place that holds translations.

Dates print in one style per language through Babel (``29 November 2026``,
``29 novembre 2026``, ``29 de noviembre de 2026``); a language CLDR does not know
prints ISO dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from curriculum.i18n.catalogues import (
    DEFAULT_QUIZ_TITLE,
    N_,
    NN_,
    SOURCE_TEXT,
    Interface,
    interface,
)
from curriculum.i18n.languages import direction, format_date, subtags

ENGLISH: dict[str, str] = {
    # document kinds (cover label, running footer, PDF title)
    "learner": N_("Learner handout"),
    "trainer": N_("Trainer edition"),
    "quiz": N_("Quiz sheet"),
    "answer-key": N_("Answer key"),
    "book": N_("Course book"),
    # page furniture
    "page_of": N_("Page {page} of {pages}"),
    "answers_warning": N_("Trainer copy: contains answers"),
    # between a label and its text ("Activity: Sorting the exhibits"); French: narrow no-break
    # space before the colon
    "colon": N_(": "),
    # cover
    "theme": N_("Theme"),
    "duration": N_("Duration"),
    "level": N_("Level"),
    "level_foundation": N_("Foundation"),
    "level_intermediate": N_("Intermediate"),
    "level_advanced": N_("Advanced"),
    "audience": N_("Audience"),
    "handling": N_("Handling"),
    "version": N_("Version"),
    "date": N_("Date"),
    "modules": N_("Modules"),
    # front matter and sections
    "contents": N_("Contents"),
    "content_advisory": N_("Content advisory"),
    "objectives": N_("Learning objectives"),
    "objectives_lead": N_("After this module you will be able to:"),
    "fictional_scenario": N_("Fictional scenario"),
    "scenario_advisory": N_("The case below is a fictional composite written for training. "
                            "It is non-graphic and describes no real child, victim or case. "
                            "You may pause or step out at any time."),
    "key_points": N_("Key points"),
    "facts": N_("Facts"),
    "as_of": N_("as of {when}"),
    "activity": N_("Activity"),
    "trainer_notes": N_("Trainer notes"),
    "references": N_("References"),
    "self_care": N_("Looking after yourself"),
    "section_ref": N_("section {number}"),
    "continued": N_("continued"),
    "continued_label": N_("{what} (continued)"),
    "table": N_("Table"),
    "question_n": N_("Question {n}"),
    # session plan
    "session_plan": N_("Session plan"),
    "plan_start": N_("Start time"),
    "plan_part": N_("Part"),
    "plan_item": N_("Item"),
    "plan_minutes": N_("Minutes"),
    "plan_section": N_("Section"),
    "plan_activity": N_("Activity"),
    "plan_quiz": N_("Quiz"),
    "plan_missing": N_("missing"),
    "plan_total": N_("Total planned"),
    "plan_duration": N_("Module duration"),
    "plan_check": N_("Check the plan"),
    "plan_ok": N_("The plan adds up to the module's duration of {duration} minutes."),
    "plan_over": N_("The plan adds up to {planned} minutes: {diff} minutes more than the "
                    "module's duration of {duration} minutes."),
    "plan_under": N_("The plan adds up to {planned} minutes: {diff} minutes less than the "
                     "module's duration of {duration} minutes."),
    # quiz sheet and answer key
    "knowledge_check": N_("Knowledge check"),
    "name": N_("Name"),
    "course": N_("Course"),
    "score": N_("Score"),
    "quiz_lead": N_("{questions} questions, {points} points. Pass mark: {pass_mark}%."),
    "quiz_time": N_("Time: {n} minutes."),
    "version_date": N_("Version {version}, {date}."),
    "no_quiz": N_("This module has no quiz."),
    "key_lead": N_("Pass mark {pass_mark}%, {points} points in all. Letters refer to the "
                   "printed quiz sheet."),
    "grid_title": N_("Marking grid"),
    "grid_no": N_("No."),
    "grid_answer": N_("Answer"),
    "grid_points": N_("Points"),
    "grid_mark": N_("Mark"),
    "grid_see_below": N_("see model answer below"),
    "answer": N_("Answer"),
    "model_answer": N_("Model answer"),
    "option_feedback": N_("Option feedback"),
    "why": N_("Why:"),
    "feedback": N_("Feedback:"),
    "source": N_("Source:"),
    "answer_label": N_("Answer:"),
    "true": N_("True"),
    "false": N_("False"),
    "accepted_within": N_("accepted within \u00b1 {tolerance}"),
    "instr_single_choice": N_("Tick one answer."),
    "instr_multiple_choice": N_("Tick every answer that applies."),
    "instr_true_false": N_("Tick True or False."),
    "instr_fill_blank": N_("Write the missing word or words in the blank."),
    "instr_numeric": N_("Write the number."),
    "instr_matching": N_("Write the letter of the matching answer in the box before each "
                         "item."),
    "instr_ordering": N_("Write 1, 2, 3 ... in the boxes to put the items in order "
                         "(1 = first)."),
    "instr_short_answer": N_("Write your answer in the space below."),
    # exam forms (curriculum forms)
    "form_paper": N_("Question paper, form {letter}"),
    "form_sheet": N_("Answer sheet, form {letter}"),
    "form_grid": N_("Answer grid (trainer), form {letter}"),
    "form_id": N_("Form {letter} \u00b7 seed {seed} \u00b7 {versions}"),
    "sheet_lead": N_("Tick one box per question, or every box that applies where the question "
                     "says \u201cselect all\u201d. Check that this sheet says form {letter}, like "
                     "your question paper."),
    "form_question": N_("Question"),
    "form_correct": N_("Correct"),
    "form_module": N_("Module"),
    "form_question_id": N_("Question id"),
}
"""Key -> English msgid (translated through the language's PO catalogue)."""

PLURALS: dict[str, tuple[str, str]] = {
    "minutes_n": NN_("{n} minute", "{n} minutes"),
    "section_minutes": NN_("section: {n} minute", "section: {n} minutes"),
    "points_n": NN_("{n} point", "{n} points"),
    "plan_missing_rows": NN_(
        "{n} row has no minutes (marked \u201cmissing\u201d), so the plan cannot be checked "
        "against the duration of {duration} minutes; {planned} minutes are planned so far.",
        "{n} rows have no minutes (marked \u201cmissing\u201d), so the plan cannot be checked "
        "against the duration of {duration} minutes; {planned} minutes are planned so far."),
    "form_lead": NN_(
        "{n} question. Mark your answers on the answer sheet for form {letter}: tick one letter "
        "per question, or every letter that applies where the question says so.",
        "{n} questions. Mark your answers on the answer sheet for form {letter}: tick one "
        "letter per question, or every letter that applies where the question says so."),
    "form_key_lead": NN_(
        "For the trainer only: keep this grid away from learners. {n} question; correct "
        "letters per position.",
        "For the trainer only: keep this grid away from learners. {n} questions; correct "
        "letters per position."),
}
"""Key -> (singular, plural) English msgids; the count picks the language's form."""

QUOTES: dict[str, str] = {"en": "\u201c\u201d\u2018\u2019", "fr": "\u00ab\u00bb\u201c\u201d",
                          "es": "\u00ab\u00bb\u201c\u201d", "de": "\u201e\u201c\u201a\u2018",
                          "ar": "\u00ab\u00bb\u201c\u201d"}
"""Typographic quotes per language (double open/close, single open/close), for Markdown."""

DATE_STYLES: dict[str, str] = {"en": "d MMMM y"}
"""CLDR date patterns where the house style differs from the locale's ``long`` format
(English: day first, as in the rest of an international curriculum)."""

ABJADI = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
"""Arabic letters in abjadi order, the order Arabic exam papers label options with."""
_LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz"
_PLACEHOLDER = re.compile(r"(\{page\}|\{pages\})")


@dataclass(frozen=True)
class Strings:
    """The interface text of one language, by key (see the module docstring)."""

    language: str
    source: bool = False
    """Print the English msgids without reading a catalogue (``validate``'s messages:
    it never imports Babel)."""

    @property
    def text(self) -> Interface:
        """The language's gettext catalogue."""
        return SOURCE_TEXT if self.source else interface(self.language)

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __getitem__(self, key: str) -> str:
        message = ENGLISH.get(key)
        if message is None:
            raise KeyError(f"no catalogue entry {key!r}")
        return self.text.gettext(message)

    def fmt(self, key: str, **values: object) -> str:
        """The entry ``key`` with ``{name}`` fields filled in (``n`` picks the plural form)."""
        if key in PLURALS:
            singular, plural = PLURALS[key]
            count = values.get("n")
            if not isinstance(count, int):
                raise KeyError(f"plural entry {key!r} needs an integer n")
            return self.text.ngettext(singular, plural, count).format(**values)
        return self[key].format(**values)

    def n_points(self, n: int) -> str:
        """``1 point``, ``3 points`` (in the language's plural forms)."""
        return self.fmt("points_n", n=n)

    def long_date(self, when: date) -> str:
        """The language's one date style, by Babel (ISO when CLDR has no locale)."""
        return format_date(when, self.language, DATE_STYLES.get(primary(self.language)))

    def quotes(self) -> str:
        """The four typographic quote characters of the language."""
        return QUOTES.get(primary(self.language), QUOTES["en"])

    def quiz_title(self, title: str) -> str:
        """A quiz's title: the format's default ("Knowledge check") in the language."""
        return self.knowledge_check if title == DEFAULT_QUIZ_TITLE else title

    @property
    def arrow(self) -> str:
        """The arrow from a matching item to its answer, pointing the way the text reads."""
        return "\u2190" if direction(self.language) == "rtl" else "\u2192"

    def letters(self, upper: bool = False) -> str:
        """Option letters: Arabic abjadi letters in Arabic, Latin ones otherwise."""
        if primary(self.language) == "ar":
            return ABJADI
        return _LATIN_LOWER.upper() if upper else _LATIN_LOWER

    def page_counter(self) -> Markup:
        """The CSS ``content`` value of the page-number box: ``"Page " counter(page) ...``.

        Safe in a ``<style>`` element: every character that could end a string or the
        element (quotes, backslash, ``<``) is written as a CSS escape.
        """
        out = []
        for part in _PLACEHOLDER.split(self.page_of):
            if part == "{page}":
                out.append("counter(page)")
            elif part == "{pages}":
                out.append("counter(pages)")
            elif part:
                out.append(_css_string(part))
        return Markup(" ".join(out))


def _css_string(text: str) -> str:
    escaped = "".join(c if c.isalnum() or c in " .,:;-\u00a0\u202f" or ord(c) > 127
                      else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def primary(language: str) -> str:
    """The BCP 47 primary subtag, lower case (``fr-CA`` -> ``fr``)."""
    return subtags(language)[0]


def strings(language: str) -> Strings:
    """The catalogue for ``language``."""
    return Strings(language)


SOURCE = Strings("en", source=True)
"""English from the msgids themselves, for code that composes text outside a document."""
