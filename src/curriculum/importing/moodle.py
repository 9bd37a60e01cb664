"""Moodle XML question banks (``docs/import.md``): ours and Moodle's own exports.

Read: categories (a category's ``idnumber`` and last name become an objective),
``multichoice``, ``truefalse``, ``shortanswer``, ``numerical``, ``matching``,
``ordering``, ``essay``; name, idnumber, question text, general feedback, default
grade, per-answer feedback, tags. Everything else (other question types, partial
credit our format cannot express, images, case-sensitive answers, several numeric
answers, distractor right-hand entries) is noted with the element's line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from curriculum.banks.moodle import TOP
from curriculum.importing.bank import Bank, Imported, built_or_noted, common, points, slug
from curriculum.importing.markdown import text_to_markdown
from curriculum.importing.safe_input import XmlSource, element_path, parse_xml, refuse
from curriculum.package_models import AssessmentItem as Item
from curriculum.package_models import (
    Choice,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    NumericResponse,
    OrderingItem,
    ShortAnswerItem,
    TrueFalseItem,
)

Fields = dict[str, Any]


def read_moodle(path: Path, data: bytes) -> Bank:
    """Every question of a ``<quiz>`` document, in file order."""
    root = parse_xml(data, path)
    source = XmlSource(path, data)
    if root.tag != "quiz":
        raise refuse(f"the root element is <{root.tag}>, not Moodle's <quiz>", source.at(root))
    bank = Bank(path)
    reader = _Reader(bank, source)
    for index, element in enumerate(root, start=1):
        if element.tag != "question":
            bank.note(f"<{element.tag}> is not a question; left out", source.at(element))
            continue
        reader.question(element, index)
    return bank


class _Reader:
    def __init__(self, bank: Bank, source: XmlSource) -> None:
        self.bank = bank
        self.source = source
        self.objective: str | None = None

    def note(self, message: str, element: Any) -> None:
        self.bank.note(f"{element_path(element)}: {message}", self.source.at(element))

    def question(self, element: Any, index: int) -> None:
        qtype = element.get("type", "")
        if qtype == "category":
            self.category(element)
            return
        read = _READERS.get(qtype)
        if read is None:
            self.note(f'question type "{qtype}" has no equivalent in the module format; '
                      "left out", element)
            return
        base = self.base(element, index)
        item = built_or_noted(lambda: read(self, element, base),
                              lambda message: self.note(message, element))
        if item is not None:
            self.bank.items.append(Imported(item, self.source.at(element)))

    def category(self, element: Any) -> None:
        """``$course$/top/<module>/<objective>``: the module title, then objectives."""
        path = _text(element.find("category")) or ""
        names = [n.replace("\0", "/") for n in path.replace("//", "\0").split("/")]
        names = [n for n in names if n and n not in ("$course$", "$system$", "$module$",
                                                     "$cat1$", "top")]
        module_path = path.startswith(TOP) and len(names) == 1
        if not names or module_path:
            self.bank.title = self.bank.title or (names[0] if names else None)
            self.bank.module_id = self.bank.module_id or slug(element.findtext("idnumber") or "")
            self.objective = None
            return
        if self.bank.title is None and len(names) > 1:
            self.bank.title = names[0]
        wanted = slug(element.findtext("idnumber") or "") or slug(names[-1]) or "objective"
        self.objective = wanted
        self.bank.objectives.setdefault(wanted, names[-1])

    def base(self, element: Any, index: int) -> Fields:
        """The fields every type has: id, prompt, feedback, points, tags, objective."""
        wanted = element.findtext("idnumber") or _text(element.find("name"))
        identifier = self.bank.unique_id(wanted, f"question-{index}")
        general = self.html(element.find("generalfeedback"))
        grade = element.findtext("defaultgrade")
        fields = common(identifier, self.html(element.find("questiontext")),
                        explanation_html=general or None, objective=self.objective)
        if grade and grade.strip():
            fields["points"] = points(_number(grade, 1.0), self.bank, self.source.at(element))
        tags = [slug(t.findtext("text") or "") for t in element.iterfind("tags/tag")]
        fields["tags"] = list(dict.fromkeys(t for t in tags if t))
        for file in element.iter("file"):
            self.note("an embedded file (image) is not imported", file)
            break
        return fields

    def html(self, element: Any) -> str:
        """A ``<text>`` child as HTML, whatever its ``format``."""
        if element is None:
            return ""
        text = _text(element) or ""
        fmt = element.get("format", "html")
        if fmt in ("moodle_auto_format", "plain_text"):
            from curriculum.rendering import markdown_to_html

            return str(markdown_to_html(text_to_markdown(text)))
        if fmt == "markdown":
            from curriculum.rendering import markdown_to_html

            return str(markdown_to_html(text))
        return text

    def answers(self, element: Any) -> list[tuple[float, str, Any]]:
        """``(fraction, HTML text, element)`` for each ``<answer>``."""
        return [(_number(a.get("fraction", "0"), 0.0), self.html(a), a)
                for a in element.iterfind("answer")]


def _text(element: Any) -> str | None:
    if element is None:
        return None
    text: str | None = element.findtext("text")
    return text


def _number(text: str, default: float) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        return default
    return value if value == value and abs(value) != float("inf") else default


def _multichoice(reader: _Reader, element: Any, base: Fields) -> Item | None:
    single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
    answers = reader.answers(element)
    choices: list[Choice] = []
    correct: list[str] = []
    feedback: dict[str, str] = {}
    for position, (fraction, html, answer) in enumerate(answers):
        identifier = _letter(position)
        choices.append(Choice(identifier=identifier, html=html))
        if fraction > 0:
            correct.append(identifier)
            if single and fraction < 100:
                reader.note(f"partial credit {fraction:g}% becomes a correct option", answer)
        note = reader.html(answer.find("feedback"))
        if note:
            feedback[identifier] = note
    if not correct:
        reader.note("no answer has a positive fraction; left out", element)
        return None
    kind: Literal["single_choice", "multiple_choice"] = (
        "single_choice" if single and len(correct) == 1 else "multiple_choice")
    if single and len(correct) > 1:
        reader.note("several answers give credit in a single-answer question: imported as "
                    "multiple choice (all of them must be chosen)", element)
    return ChoiceItem(type=kind, choices=choices, correct_response=correct, feedback=feedback,
                      **base)


def _letter(position: int) -> str:
    from curriculum.models import letter_id

    return letter_id(position)


def _truefalse(reader: _Reader, element: Any, base: Fields) -> Item | None:
    for fraction, html, _answer in reader.answers(element):
        value = html.strip().lower().removeprefix("<p>").removesuffix("</p>").strip()
        if fraction >= 100 and value in ("true", "false"):
            return TrueFalseItem(type="true_false", correct_response=[value == "true"], **base)
    reader.note("no answer marked true or false with 100%; left out", element)
    return None


def _shortanswer(reader: _Reader, element: Any, base: Fields) -> Item | None:
    accepted = []
    for fraction, html, answer in reader.answers(element):
        text = _plain(html)
        if fraction >= 100 and text:
            accepted.append(text)
        elif fraction > 0:
            reader.note(f"answer with partial credit {fraction:g}% is not imported", answer)
    if (element.findtext("usecase") or "0").strip() == "1":
        reader.note("case-sensitive answers become case-insensitive", element)
    if not accepted:
        reader.note("no answer with 100%; left out", element)
        return None
    return FillBlankItem(type="fill_blank", correct_response=accepted, **base)


def _plain(html: str) -> str:
    from curriculum.banks.markup import html_text

    return html_text(html)


def _numerical(reader: _Reader, element: Any, base: Fields) -> Item | None:
    right = [(a, html) for fraction, html, a in reader.answers(element) if fraction >= 100]
    if not right:
        reader.note("no answer with 100%; left out", element)
        return None
    answer, text = right[0]
    if len(right) > 1:
        reader.note("only the first of several correct numbers is imported", right[1][0])
    try:
        value = float(_plain(text))
        tolerance = abs(float(answer.findtext("tolerance") or "0"))
    except ValueError:
        reader.note("the answer or tolerance is not a number; left out", answer)
        return None
    if value != value or abs(value) == float("inf") or tolerance == float("inf"):
        reader.note("the answer or tolerance is not a finite number; left out", answer)
        return None
    unit = None
    for unit_element in element.iterfind("units/unit"):
        if _number(unit_element.findtext("multiplier") or "1", 0) == 1:
            unit = (unit_element.findtext("unit_name") or "").strip() or None
            break
    response = NumericResponse(value=_int_if_whole(value), tolerance=_int_if_whole(tolerance))
    return NumericItem(type="numeric", correct_response=response, unit=unit, **base)


def _int_if_whole(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _matching(reader: _Reader, element: Any, base: Fields) -> Item | None:
    lefts: list[Choice] = []
    rights: list[Choice] = []
    pairs: list[list[str]] = []
    for sub in element.iterfind("subquestion"):
        left = reader.html(sub)
        right = (sub.findtext("answer/text") or "").strip()
        if not _plain(left):
            reader.note(f'the extra answer "{right}" (a distractor) is not imported', sub)
            continue
        number = len(lefts) + 1
        lefts.append(Choice(identifier=f"l{number}", html=left))
        rights.append(Choice(identifier=f"r{number}", html=_escape_html(right)))
        pairs.append([f"l{number}", f"r{number}"])
    if len(pairs) < 2:
        reader.note("fewer than two pairs; left out", element)
        return None
    return MatchingItem(type="matching", lefts=lefts, rights=rights, correct_response=pairs,
                        **base)


def _escape_html(text: str) -> str:
    from html import escape

    return escape(text, quote=False)


def _ordering(reader: _Reader, element: Any, base: Fields) -> Item | None:
    answers = sorted(reader.answers(element), key=lambda a: a[0])
    choices = [Choice(identifier=_letter(i), html=html) for i, (_, html, _a) in
               enumerate(answers)]
    if len(choices) < 2:
        reader.note("fewer than two items to order; left out", element)
        return None
    return OrderingItem(type="ordering", choices=choices,
                        correct_response=[c.identifier for c in choices], **base)


def _essay(reader: _Reader, element: Any, base: Fields) -> Item | None:
    model = reader.html(element.find("graderinfo"))
    if not _plain(model):
        reader.note("no grader information: the model answer says to write one", element)
        model = "<p>(add what a good answer contains)</p>"
    return ShortAnswerItem(type="short_answer", model_answer_html=model, **base)


_READERS: dict[str, Callable[[_Reader, Any, Fields], Item | None]] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "ordering": _ordering,
    "essay": _essay,
}
