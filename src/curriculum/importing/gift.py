"""GIFT question banks in Moodle's documented syntax (``docs/import.md``).

A parser of our own, written from Moodle's GIFT documentation: questions are
separated by blank lines; ``//`` lines are comments; ``$CATEGORY:`` names the
category; a question is ``::title::``, an optional ``[format]``, the text, and an
answer block ``{…}`` (text after the block makes a missing-word question). In the
block: ``=`` right, ``~`` wrong, ``~%50%`` weights, ``#`` feedback, ``####`` general
feedback, ``->`` matching pairs, ``#`` first for numbers (``value:tolerance`` or
``min..max``), ``T``/``F`` for true/false, nothing for an essay. ``\\`` escapes
``~ = # { } :`` and itself. Every character keeps its line and column, so a note
points at the answer it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from curriculum.diagnostics import SourceLocation
from curriculum.importing.bank import Bank, Imported, common, slug
from curriculum.importing.bank import first_error as _first_error
from curriculum.importing.markdown import text_to_markdown
from curriculum.importing.safe_input import decode
from curriculum.models import letter_id
from curriculum.package_models import (
    AssessmentItem,
    Choice,
    ChoiceItem,
    FillBlankItem,
    MatchingItem,
    NumericItem,
    NumericResponse,
    ShortAnswerItem,
    TrueFalseItem,
)

SPECIAL = "~=#{}:"
_TRUTH = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_LEFT_OUT = re.compile(r"^//\s*left out:\s*(?P<what>.*)$")


@dataclass(frozen=True)
class Text:
    """A piece of the file with the position of each character (1-based line, column)."""

    chars: str
    where: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return len(self.chars)

    def slice(self, start: int, end: int | None = None) -> Text:
        end = len(self.chars) if end is None else end
        return Text(self.chars[start:end], self.where[start:end])

    def strip(self) -> Text:
        start = len(self.chars) - len(self.chars.lstrip())
        end = len(self.chars.rstrip())
        return self.slice(start, max(start, end))

    def find(self, target: str, start: int = 0) -> int:
        """The first ``target`` at or after ``start`` not preceded by an escaping backslash."""
        index = start
        while index <= len(self.chars) - len(target):
            if self.chars[index] == "\\":
                index += 2
                continue
            if self.chars.startswith(target, index):
                return index
            index += 1
        return -1

    def split(self, marks: str) -> list[Text]:
        """Pieces starting at each unescaped character of ``marks`` (the mark kept)."""
        pieces, start, index = [], 0, 0
        while index < len(self.chars):
            char = self.chars[index]
            if char == "\\":
                index += 2
                continue
            if char in marks and index > start:
                pieces.append(self.slice(start, index))
                start = index
            index += 1
        pieces.append(self.slice(start))
        return [p for p in pieces if p.chars.strip()]


def unescape(text: str) -> str:
    """GIFT's escapes undone: ``\\~`` and friends, ``\\n`` as a line break."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def read_gift(path: Path, data: bytes) -> Bank:
    """Every question of a GIFT file, in file order."""
    bank = Bank(path)
    reader = _Reader(bank)
    for chunk in _chunks(decode(data, path)):
        reader.chunk(chunk)
    return bank


def _chunks(text: str) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines (line number, text): one question or instruction each."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
                                  start=1):
        if line.strip():
            chunks[-1].append((number, line))
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


class _Reader:
    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.objective: str | None = None
        self.count = 0
        self.start = (1, 1)
        """Line and column of the question being read."""

    def at(self, text: Text) -> SourceLocation:
        """Where ``text`` starts; an empty piece (``{#}``) points at its question."""
        line, col = text.where[0] if text.where else self.start
        return SourceLocation(self.bank.path, line, col)

    def note(self, message: str, text: Text) -> None:
        self.bank.note(message, self.at(text))

    def chunk(self, lines: list[tuple[int, str]]) -> None:
        kept: list[tuple[int, str]] = []
        for number, line in lines:
            stripped = line.strip()
            if stripped.startswith("//"):
                match = _LEFT_OUT.match(stripped)
                if match:
                    where = SourceLocation(self.bank.path, number, line.index("//") + 1)
                    self.bank.note(f"the exporter left out {match.group('what')}", where)
                continue
            kept.append((number, line))
        if not kept:
            return
        text = _joined(kept).strip()
        if text.chars.startswith("$CATEGORY:"):
            self.category(unescape(text.chars[len("$CATEGORY:"):]).strip())
            return
        self.count += 1
        self.question(text)

    def category(self, path: str) -> None:
        names = [n.replace("\0", "/") for n in path.replace("//", "\0").split("/")]
        names = [n.strip() for n in names if n.strip() and n.strip() not in (
            "$course$", "$system$", "$module$", "$cat1$", "top")]
        if len(names) <= 1:
            self.bank.title = self.bank.title or (names[0] if names else None)
            self.objective = None
            return
        self.bank.title = self.bank.title or names[0]
        self.objective = self._objective_id(names[-1])
        self.bank.objectives.setdefault(self.objective, names[-1])

    def _objective_id(self, name: str) -> str:
        """The category's objective id: its slug, numbered when another name has it.

        Names in a script without Latin letters (Arabic) all slug to nothing, and two
        categories must not merge into one objective because of that.
        """
        for ident, known in self.bank.objectives.items():
            if known == name:
                return ident
        wanted = slug(name) or "objective"
        ident, number = wanted, 2
        while ident in self.bank.objectives:
            ident, number = f"{wanted}-{number}", number + 1
        return ident

    def question(self, text: Text) -> None:
        self.start = text.where[0] if text.where else self.start
        title, fmt, rest = self.head(text)
        opening = rest.find("{")
        if opening < 0:
            self.note("no answer block {…}: a description, not a question; left out", text)
            return
        closing = rest.find("}", opening + 1)
        if closing < 0:
            self.note("the answer block opened here is not closed; left out",
                      rest.slice(opening))
            return
        before, block, after = rest.slice(0, opening), rest.slice(opening + 1, closing), \
            rest.slice(closing + 1)
        identifier = self.bank.unique_id(unescape(title.chars) if title else None,
                                         f"question-{self.count}")
        try:
            item = _Block(self, fmt, block).item(identifier, before, after)
        except ValidationError as exc:  # a shape the module format cannot hold
            self.note(f"not a question the module format can hold ({_first_error(exc)}); "
                      "left out", text)
            return
        if item is not None:
            self.bank.items.append(Imported(item, self.at(text)))

    def head(self, text: Text) -> tuple[Text | None, str, Text]:
        """``::title::`` and ``[format]``, if present, and the rest of the question."""
        title = None
        if text.chars.startswith("::"):
            end = text.find("::", 2)
            if end > 0:
                title, text = text.slice(2, end).strip(), text.slice(end + 2).strip()
        fmt = "moodle"
        match = re.match(r"\[(html|moodle|plain|markdown)\]", text.chars)
        if match:
            fmt, text = match.group(1), text.slice(match.end())
        return title, fmt, text

    def html(self, fmt: str, text: str) -> str:
        """Question text in its ``[format]`` as HTML (the package model's text)."""
        from curriculum.rendering import markdown_to_html

        if fmt == "html":
            return text.strip()
        if fmt == "markdown":
            return str(markdown_to_html(text))
        return str(markdown_to_html(text_to_markdown(text)))


def _joined(lines: list[tuple[int, str]]) -> Text:
    chars: list[str] = []
    where: list[tuple[int, int]] = []
    for number, line in lines:
        if chars:
            chars.append("\n")
            where.append((number - 1, len(lines[0][1]) + 1))
        chars.extend(line)
        where.extend((number, col) for col in range(1, len(line) + 1))
    return Text("".join(chars), tuple(where))


class _Block:
    """One answer block: which type it is and its answers."""

    def __init__(self, reader: _Reader, fmt: str, block: Text) -> None:
        self.reader = reader
        self.fmt = fmt
        general_at = block.find("####")
        self.general = block.slice(general_at + 4).strip() if general_at >= 0 else None
        self.body = (block.slice(0, general_at) if general_at >= 0 else block).strip()

    def html(self, text: Text | str) -> str:
        raw = text.chars if isinstance(text, Text) else text
        return self.reader.html(self.fmt, unescape(raw))

    def item(self, identifier: str, before: Text, after: Text) -> AssessmentItem | None:
        prompt_text = unescape(before.chars)
        if after.chars.strip():  # a missing word: the blank stands where the block was
            prompt_text = f"{prompt_text}____{unescape(after.chars)}"
        fields = common(identifier, self.reader.html(self.fmt, prompt_text),
                        objective=self.reader.objective,
                        explanation_html=self.html(self.general) if self.general else None)
        body = self.body
        if not body.chars:
            fields["model_answer_html"] = "<p>(add what a good answer contains)</p>"
            self.reader.note("an essay carries no model answer in GIFT: the model answer "
                             "says to write one", before if before.chars else body)
            return ShortAnswerItem(type="short_answer", **fields)
        if body.chars.startswith("#"):
            return self.numeric(body.slice(1), fields)
        truth = body.split("#")
        if truth and truth[0].chars.strip().upper() in _TRUTH:
            if len(truth) > 1:
                self.reader.note("true/false answer feedback is not imported", truth[1])
            value = _TRUTH[truth[0].chars.strip().upper()]
            return TrueFalseItem(type="true_false", correct_response=[value], **fields)
        answers = [_Answer.read(piece) for piece in body.split("=~")]
        if any(a.right_side is not None for a in answers):
            return self.matching(answers, fields)
        if all(a.mark == "=" and a.weight is None for a in answers):
            return self.short(answers, fields)
        return self.choice(answers, fields)

    def numeric(self, body: Text, fields: dict[str, Any]) -> AssessmentItem | None:
        pieces = body.split("=") if body.chars.lstrip().startswith("=") else [body]
        chosen = None
        for piece in pieces:
            answer = _Answer.read(piece)
            if answer.weight not in (None, 100.0):
                self.reader.note(f"a number with partial credit {answer.weight:g}% is not "
                                 "imported", piece)
                continue
            if chosen is not None:
                self.reader.note("only the first correct number is imported", piece)
                continue
            if answer.feedback:
                self.reader.note("feedback on a number is not imported", piece)
            chosen = (answer, piece)
        if chosen is None:
            self.reader.note("no number with full credit; left out", body)
            return None
        response = _number_range(unescape(chosen[0].text.chars).strip())
        if response is None:
            self.reader.note("not a number, value:tolerance or min..max; left out", chosen[1])
            return None
        return NumericItem(type="numeric", correct_response=response, **fields)

    def matching(self, answers: list[_Answer], fields: dict[str, Any]) -> AssessmentItem | None:
        lefts: list[Choice] = []
        rights: list[Choice] = []
        pairs: list[list[str]] = []
        for answer in answers:
            if answer.right_side is None or answer.mark != "=":
                self.reader.note("a matching answer needs =left -> right; left out",
                                 answer.source)
                return None
            left = unescape(answer.text.chars).strip()
            if not left:
                self.reader.note("an extra right-hand answer (a distractor) is not imported",
                                 answer.source)
                continue
            number = len(lefts) + 1
            lefts.append(Choice(identifier=f"l{number}", html=self.inline(left)))
            right = unescape(answer.right_side.chars).strip()  # plain text in Moodle
            rights.append(Choice(identifier=f"r{number}", html=html_escape(right, quote=False)))
            pairs.append([f"l{number}", f"r{number}"])
        if len(pairs) < 2:
            self.reader.note("fewer than two pairs; left out", self.body)
            return None
        return MatchingItem(type="matching", lefts=lefts, rights=rights, correct_response=pairs,
                            **fields)

    def inline(self, text: str) -> str:
        html = self.reader.html(self.fmt, text)
        if self.fmt != "html":
            html = html.strip().removeprefix("<p>").removesuffix("</p>")
        return html

    def short(self, answers: list[_Answer], fields: dict[str, Any]) -> AssessmentItem | None:
        for answer in answers:
            if answer.feedback:
                self.reader.note("feedback on an accepted answer is not imported", answer.source)
        accepted = [a for a in (unescape(a.text.chars).strip() for a in answers) if a]
        if not accepted:
            self.reader.note("no accepted answer; left out", self.body)
            return None
        return FillBlankItem(type="fill_blank", correct_response=accepted, **fields)

    def choice(self, answers: list[_Answer], fields: dict[str, Any]) -> AssessmentItem | None:
        choices: list[Choice] = []
        correct: list[str] = []
        feedback: dict[str, str] = {}
        for position, answer in enumerate(answers):
            identifier = letter_id(position)
            choices.append(Choice(identifier=identifier,
                                  html=self.inline(unescape(answer.text.chars).strip())))
            weight = answer.weight if answer.weight is not None else (
                100.0 if answer.mark == "=" else 0.0)
            if weight > 0:
                correct.append(identifier)
            if answer.feedback:
                feedback[identifier] = self.inline(unescape(answer.feedback.chars).strip())
        if not correct:
            self.reader.note("no answer is right (= or a positive %weight%); left out",
                             self.body)
            return None
        weighted = any(a.weight is not None for a in answers)
        kind: Literal["single_choice", "multiple_choice"] = (
            "multiple_choice" if weighted or len(correct) > 1 else "single_choice")
        if kind == "multiple_choice" and not weighted:
            self.reader.note("several answers marked = (any one is right in Moodle): imported "
                             "as multiple choice, where all of them must be chosen", self.body)
        return ChoiceItem(type=kind, choices=choices, correct_response=correct,
                          feedback=feedback, **fields)


@dataclass
class _Answer:
    mark: str
    weight: float | None
    text: Text
    feedback: Text | None
    right_side: Text | None
    source: Text

    @classmethod
    def read(cls, piece: Text) -> _Answer:
        """``=text#feedback``, ``~%50%text``, ``=left -> right``."""
        mark = piece.chars[0] if piece.chars and piece.chars[0] in "=~" else "="
        rest = piece.slice(1) if piece.chars[:1] in ("=", "~") else piece
        weight = None
        match = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", rest.chars)
        if match:
            weight = float(match.group(1))
            rest = rest.slice(match.end())
        hash_at = rest.find("#")
        feedback = rest.slice(hash_at + 1).strip() if hash_at >= 0 else None
        text = rest.slice(0, hash_at) if hash_at >= 0 else rest
        arrow = text.find("->")
        right = None
        if arrow >= 0:
            right, text = text.slice(arrow + 2), text.slice(0, arrow)
        return cls(mark, weight, text.strip(), feedback, right, piece)


def _number_range(text: str) -> NumericResponse | None:
    """``12``, ``12:2`` (value and tolerance) or ``10..14`` (a range)."""
    try:
        if ".." in text:
            low, high = (float(t) for t in text.split("..", 1))
            low, high = min(low, high), max(low, high)
            value, tolerance = (low + high) / 2, (high - low) / 2
        elif ":" in text:
            value, tolerance = (float(t) for t in text.split(":", 1))
        else:
            value, tolerance = float(text), 0.0
    except ValueError:
        return None
    if any(v != v or abs(v) == float("inf") for v in (value, tolerance)):
        return None
    return NumericResponse(value=_whole(value), tolerance=_whole(abs(tolerance)))


def _whole(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value
