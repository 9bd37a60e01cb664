"""Time limits in task tables: a row that says what is done, by whom, and by when.

Checklists, pocket cards and procedures often give duties as a table ("Task | Owner |
Time limit", "Notify the duty inspector | within 1 hour of the report"). A table row is
no sentence, and the time-limit rule (``procedures.py``) reads sentences, so such a duty
was never asked. Here a row with exactly one cell that is a time limit ("Within 24 hours
of the report", "no later than 3 working days") under a column header becomes a
sentence-like statement, the other columns' headers giving the cells their roles:

- an action cell that opens with a verb is an instruction, the duty of its owner when the
  row names one: "The custody sergeant must notify the duty inspector within ____ of the
  report.";
- any other action cell is named by the limit's header: "Time limit for the submission
  form to the forensic unit (officer in the case): within ____ working days." That reads as
  a label, not a sentence, so it is held below the threshold (``ROW_LABEL``).

- a situation table ("Situation | Action by the DSL | Time limit") reads each row as the
  action's duty in its situation: "Where <situation>, the DSL must <action> within ____.";
  when its limit column says when in four or more ways ("Immediately", "The same day",
  "Within 24 hours", "Decision within 2 school days"), those ways are every row's options
  ("..., the DSL must refer to the police and to children's services ____." -> "the same
  day"), so a row whose limit is no number of units is asked too.

It is asked like a prose duty (rule ``time-limit``: the whole limit, options from the
ladder of limits people set, never a number the row itself names), quoting the row's
verbatim text. A row of four cells or more, a row whose action is a single word, and a
limit with no header to say what it limits are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis
from curriculum.draft.clauses import BLANK, md_escape
from curriculum.draft.distractors import numbers_in
from curriculum.draft.facts import NUMBER_WORDS
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.sentences import Sentence
from curriculum.draft.tables import Cell, row_unit

ROW_STEM = "table row"
"""``stem_rule`` of a statement built from a table row: grammatical by construction, so
the grammar check of extracted sentences (``stemcheck.grammar``) does not apply."""
ROW_LABEL = "table row, label"
"""``stem_rule`` of a row whose action is no verb: "Time limit for the submission form:
within ____." reads as a label and a limit, not a sentence; it is held below the threshold
(``scoring.py``) for an author to write the sentence."""
LadderFn = Callable[[str, str, set[float]], list[str]]
"""Three wrong limits for a limit written ``N`` (digits or a word) in ``unit``
(``procedures.py`` owns the ladders of limits people set)."""
_VALUES = dict(NUMBER_WORDS) | {"one": 1}
_NUMBER = r"\d{1,3}|" + "|".join(sorted(_VALUES, key=len, reverse=True))
_LIMIT = re.compile(
    r"^(?P<lead>within|no later than|not later than)\s+(?P<n>" + _NUMBER + r")\s+"
    r"(?P<unit>(?:(?:working|calendar|clear|business)\s+)?"
    r"(?:minute|hour|day|week|month|year)s?)\b",
    re.I,
)


def table_limit_rules(analysis: Analysis, ladder: LadderFn) -> list[DraftQuestion]:
    """A time-limit question for every row of a task table that gives one (see above)."""
    out = []
    whens = _when_columns(analysis)
    for sentence in analysis.kept():
        block = sentence.block
        if sentence.kind != "row" or block is None or sentence.parsed is None:
            continue
        if not 2 <= len(block.cells) <= 3:
            continue
        question = _row_when(analysis, sentence, block.cells, whens.get(sentence.index, []))
        if question is None:
            question = _row_limit(analysis, sentence, block.cells, ladder)
        if question is not None:
            out.append(question.finish())
    return out


_WHEN = re.compile(
    r"^(?:(?P<lead>[A-Za-z]+)\s+(?=within|no later than|not later than))?(?P<when>"
    r"immediately|at once|without delay|(?:on\s+)?(?:the\s+)?same (?:working |school )?day"
    r"|(?:by\s+)?(?:the\s+)?next (?:working |school )?day"
    r"|(?:within|no later than|not later than)\s+(?:" + _NUMBER + r")\s+"
    r"(?:(?:working|calendar|clear|business|school)\s+)?(?:minute|hour|day|week|month|year)s?"
    r")\s*\.?$",
    re.I,
)
"""A cell that says when, and nothing else: "Immediately", "The same day", "Next working
day", "Within 24 hours", "Decision within 2 school days" (one word naming what is due may
come before a limit)."""
MIN_WHENS = 4
"""A column of the time limits of a situation table gives its rows' options when it
holds at least this many different ones: the answer and three wrong ones, each a limit
the table really sets for another situation."""


def _when_columns(analysis: Analysis) -> dict[int, list[str]]:
    """For each row of a table whose limit column says when in at least ``MIN_WHENS``
    different ways ("Immediately", "The same day", "Within 24 hours", "Decision within 2
    school days"), those ways, as options (lower case, any word before "within" left
    out). Rows are one table while their first column's header and heading stay the
    same; the column is the last one, the limit's place in a situation table."""
    doc = analysis.doc
    tables: list[list[Sentence]] = []
    last: Sentence | None = None
    for sentence in analysis.kept():
        block = sentence.block
        if sentence.kind != "row" or block is None or len(block.cells) != 3:
            last = None
            continue
        if (last is not None and last.block is not None and last.heading == sentence.heading
                and last.block.cells[0].header == block.cells[0].header):
            tables[-1].append(sentence)
        else:
            tables.append([sentence])
        last = sentence
    out: dict[int, list[str]] = {}
    for rows in tables:
        values: list[str] = []
        for row in rows:
            assert row.block is not None
            cell = row.block.cells[-1]
            found = _WHEN.match(" ".join(doc.text[cell.start : cell.end].split()))
            if found is not None:
                values.append(_when_option(found.group("when")))
        distinct = list(dict.fromkeys(values))
        if len(distinct) >= MIN_WHENS:
            for row in rows:
                out[row.index] = distinct
    return out


def _when_option(text: str) -> str:
    """ "The same day" -> "the same day": an option as it reads after the action."""
    said = " ".join(text.split()).rstrip(".")
    return said[:1].lower() + said[1:]


_PLAIN_WHEN = frozenset({"within", "the", "same", "next", "working", "school", "calendar",
                         "clear", "business", "day", "days", "no", "not", "later", "than",
                         "on", "by", "at"})


def _echoes(prompt: str, answer: str) -> bool:
    """The stem holds a word of the answer's own stem ("immediate" for "immediately"):
    the situation gives the limit away."""
    said = {w[:6] for w in re.findall(r"[a-z]{5,}", prompt.lower())}
    return any(w[:6] in said for w in re.findall(r"[a-z]{5,}", answer.lower())
               if w not in _PLAIN_WHEN and not re.match(
                   r"(?:minute|hour|week|month|year)s?$", w))


def _row_when(
    analysis: Analysis, sentence: Sentence, cells: tuple[Cell, ...], column: list[str]
) -> DraftQuestion | None:
    """A situation table's row asked with its limit column as options (``_when_columns``):
    "Where an adult is involved ..., the DSL must refer to the police and to children's
    services ____." -> "the same day" (immediately; within 24 hours; within 2 school
    days), every option a limit the table sets for another situation."""
    if len(column) < MIN_WHENS or len(cells) != 3:
        return None
    doc = analysis.doc
    limit = cells[2]
    raw = doc.text[limit.start : limit.end]
    found = _WHEN.match(" ".join(raw.split()))
    situated = _situation(analysis, cells, 2)
    if found is None or situated is None:
        return None
    answer = _when_option(found.group("when"))
    if answer not in column:
        return None
    lead = found.group("lead")
    at = raw.find(found.group("when").split()[0]) if lead else len(raw) - len(raw.lstrip())
    span = (limit.start + at, limit.end - (len(raw) - len(raw.rstrip(" .\n"))))
    action = cells[1]
    prompt = _situated(*situated, action.header, BLANK)
    if _echoes(prompt, answer):
        return None  # "at immediate risk ... ____" -> "immediately": the stem says it
    question = DraftQuestion(
        "time-limit", "single_choice", prompt, analysis, sentence,
        (sentence.start, sentence.end), span, stem_rule=ROW_STEM,  # the whole row, verbatim
    )
    question.pieces = ((cells[0].start, cells[0].end), (action.start, action.end))
    question.theme_text = " ".join(doc.display(c.start, c.end) for c in cells)
    wrong = [v for v in column if v != answer]
    options = [answer, *wrong[: MIN_WHENS - 1]]
    question.options = [(o, o == answer) for o in column if o in options]
    shown = row_unit(cells, doc.display)
    question.explanation = f'The source\'s table row says: "{md_escape(shown)}"'
    return question


def _row_limit(
    analysis: Analysis, sentence: Sentence, cells: tuple[Cell, ...], ladder: LadderFn
) -> DraftQuestion | None:
    doc = analysis.doc
    found = [(i, _LIMIT.match(doc.text[c.start : c.end])) for i, c in enumerate(cells)]
    limits = [(i, m) for i, m in found if m is not None]
    if len(limits) != 1 or limits[0][0] == 0 or not cells[limits[0][0]].header:
        return None  # the action comes first; the limit's header says what it limits
    at, match = limits[0]
    action, limit = cells[0], cells[at]
    owners = [c for i, c in enumerate(cells) if i not in (0, at)]
    situated = _situation(analysis, cells, at)
    if situated is not None:  # "Situation | Action by the DSL | Time limit"
        action, owners = owners[0], []
    if len(doc.display(action.start, action.end).split()) < 2:
        return None
    span = (limit.start + match.start("n"), limit.start + match.end("unit"))
    written, unit = match.group("n"), " ".join(match.group("unit").split())
    wrong = ladder(written, unit, numbers_in(doc.display(sentence.start, sentence.end)))
    if len(wrong) < 3:
        return None
    before = md_escape(doc.display(limit.start, span[0])).strip().lower()
    after = md_escape(doc.display(span[1], limit.end)).strip().rstrip(" .;")
    deadline = " ".join(part for part in (before, BLANK, after) if part)
    first = _token_at(sentence, action.start)
    duty = None if situated or owners or (first is not None and first.tag_ == "VB") else (
        header_duty(limit.header))
    if situated is not None:
        prompt = _situated(*situated, action.header, deadline)
    elif duty is not None:  # "When you must notify": "For <event>, you must notify within ____."
        prompt = f"For {_event(doc.display(action.start, action.end), first)}, {duty} {deadline}."
    else:
        prompt = _statement(analysis, sentence, action, owners, limit, deadline)
    verb = situated is not None or duty is not None or (first is not None and first.tag_ == "VB")
    kind = ROW_STEM if verb else ROW_LABEL
    question = DraftQuestion(
        "time-limit", "single_choice", prompt, analysis, sentence,
        (sentence.start, sentence.end), span, stem_rule=kind,  # the whole row, verbatim
    )
    row = (action, *owners, limit) if situated is None else (cells[0], action, limit)
    question.pieces = tuple((c.start, c.end) for c in row)
    question.theme_text = " ".join(doc.display(s, e) for s, e in question.pieces)
    answer = doc.display(*span)
    options = sorted([answer, *wrong], key=lambda o: _value(o.split()[0]))
    question.options = [(o, o == answer) for o in options]
    shown = row_unit(cells, doc.display)
    question.explanation = f'The source\'s table row says: "{md_escape(shown)}"'
    return question


def _statement(
    analysis: Analysis,
    sentence: Sentence,
    action: Cell,
    owners: list[Cell],
    limit: Cell,
    deadline: str,
) -> str:
    doc = analysis.doc
    text = md_escape(doc.display(action.start, action.end)).rstrip(" .;")
    first = _token_at(sentence, action.start)
    if first is not None and first.tag_ == "VB":  # "Notify the duty inspector": an order
        if not owners:
            return f"{text} {deadline}."
        owner = _subject(sentence, md_escape(doc.display(owners[0].start, owners[0].end))
                         .rstrip(" .;"), owners[0].start)
        return f"{owner} must {_lower_first(text, first)} {deadline}."
    by = "".join(f" ({md_escape(doc.display(c.start, c.end))})" for c in owners)
    return f"{md_escape(limit.header)} for {_lower_first(text, first)}{by}: {deadline}."


def header_duty(header: str) -> str | None:
    """A limit column's header that is a clause of duty, as the rule's main clause: "When
    you must notify" -> "you must notify", "When the officer must report" -> "the officer
    must report". Such a header names the deadline and who must do what by it, so the
    rows of an event's table ("What has happened | When you must notify") read as rules
    ("For a change of address, you must notify within ____ of the change."; blind review
    14b, R1: a table of limits at a glance was read as labels). None for any other header
    ("Time limit", "When to notify": no subject, no duty). Read from the parse."""
    parsed = nlp.parse([" ".join(header.split())])[0]
    if len(parsed) < 3 or parsed[0].tag_ != "WRB" or parsed[0].lower_ != "when":
        return None
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "VB" or not any(
            c.tag_ == "MD" for c in root.children) or not any(
            c.dep_ == "nsubj" for c in root.children):
        return None
    clause = md_escape(parsed[1:].text).rstrip(" .:?")
    return clause if parsed[1].pos_ == "PROPN" else clause[:1].lower() + clause[1:]


def _event(shown: str, first: Any) -> str:
    """The event cell after "For": "Change of name ..." -> "change of name ..."."""
    text = md_escape(" ".join(shown.split())).rstrip(" .;:")
    return _lower_first(text, first)


_OWNER_HEADER = re.compile(
    r"^(?:action|actions|task|tasks|step|steps|what to do|response)\s+(?:by|for|of)\s+"
    r"(?P<owner>.+?)\s*$", re.I)
"""A column header that names whose the action is ("Action by the DSL" -> "the DSL")."""
SITUATION_WORDS = 25
"""A situation cell longer than this is a paragraph, not a condition a stem can carry."""


def _situation(analysis: Analysis, cells: tuple[Cell, ...], at: int) -> tuple[Any, Any] | None:
    """The parses of the first cell and the action cell of a three-column row when the
    first says the situation and the other the action ("Images shared between learners |
    Refer to children's services | Within 24 hours"): the first opens with no verb, the
    other with a verb in its base form, an order. Each cell is parsed alone: read with
    its row as one string, the order's verb is taken for a name. Then the row reads "For
    <situation>, <owner> must <action> within ____." instead of a label and a limit."""
    if len(cells) != 3 or at == 0:
        return None
    action = next(c for i, c in enumerate(cells) if i not in (0, at))
    shown = [" ".join(analysis.doc.display(c.start, c.end).split()) for c in (cells[0], action)]
    shown[1] = shown[1].split(";")[0].strip().rstrip(" .,")  # "; police to be informed"
    if len(shown[0].split()) > SITUATION_WORDS or not all(shown):
        return None
    if len(re.findall(r"[^\W\d_]{2,}", shown[0])) < 2:
        return None  # a row named by a number or a code ("2", "P1") says no situation
    said, done = nlp.parse(shown)
    if said[0].tag_ == "VB" or done[0].tag_ != "VB" or done[0].dep_ != "ROOT":
        return None
    finite = any(t.tag_ in ("VBZ", "VBP", "MD") for t in said)
    if not finite and any(
        t.tag_ == "VBD" and t.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or any(
            d.dep_ in ("det", "poss") for d in c.children)) for c in t.children)
        for t in said
    ):
        return None  # "The child went missing": a past event, not a situation that recurs
    return said, done


def _situated(said: Any, done: Any, header: str, deadline: str) -> str:
    """ "Where a child is at risk, the DSL must refer ... within ____." for a situation
    that is a clause (a verb in the present, read from its parse); "For images shared
    between learners, ..." for a situation named by a noun phrase. The action stops at
    its first semicolon (what follows is another duty: "; police to be informed"), and
    the owner is the one the action's column header names, else the action stays an
    order."""
    clause = any(t.tag_ in ("VBZ", "VBP", "MD") for t in said)
    situation = md_escape(said.text).rstrip(" .;:")
    if said[0].pos_ != "PROPN" and not (said[0].text.isupper() and len(said[0].text) > 1):
        situation = situation[:1].lower() + situation[1:]  # "A coach ..." -> "a coach ..."
    lead = f"Where {situation}, " if clause else f"For {situation}, "
    text = md_escape(done.text)
    owner = _OWNER_HEADER.match(" ".join(header.split()))
    if owner is None:
        return f"{lead}{_lower_first(text, done[0])} {deadline}."
    who = md_escape(owner.group("owner")).rstrip(" .:")
    return f"{lead}{who} must {_lower_first(text, done[0])} {deadline}."


def _subject(sentence: Sentence, owner: str, offset: int) -> str:
    """The owner cell as the subject of "must": "Custody sergeant" -> "The custody
    sergeant"; a name, an acronym, a plural or a phrase with its own article stays."""
    first = _token_at(sentence, offset)
    words = owner.split()
    if (not words or first is None or first.pos_ == "PROPN" or words[0].isupper()
            or first.tag_ in ("NNS", "NNPS") or first.pos_ == "DET" or len(words) > 4
            or any(t.tag_ == "NNS" for t in (sentence.parsed or []) if t.text == words[-1])):
        return owner
    return "The " + owner[:1].lower() + owner[1:]


def _token_at(sentence: Sentence, offset: int) -> Any:
    parsed = sentence.parsed
    if parsed is None:
        return None
    return next((t for t in parsed if sentence.start + t.idx >= offset), None)


def _lower_first(text: str, first: Any) -> str:
    """Lower-case the first letter, unless the first word is a name or in capitals."""
    word = text.split()[0] if text.split() else ""
    if first is None or first.pos_ == "PROPN" or word.isupper():
        return text
    return text[:1].lower() + text[1:]


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _VALUES.get(word.lower(), 0)
