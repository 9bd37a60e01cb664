"""One question of a module must not give away another's answer.

A module's quiz may draw every question, so a learner reads all the stems. When one
question asks what an acronym stands for ("The ____ (VIU) examines ...") and another
stem spells it out ("Logs are reviewed monthly by the Victim Identification Unit (VIU)
supervisor ...": naming from earlier, ``referents.acronym_names``, or the source's own
words), the second stem gives away the first's answer. The second stem then shows the
acronym alone, as the source has it where naming expanded it ("by the VIU supervisor"),
and its comment no longer says the acronym was named. The acronym question itself keeps
its stem.

Nor may one stem show another's answer as the same fact (``hold_cues``): "A change of
address must be notified within three days." beside "... notified within ____ days", or
the sentence a term's blank is cut from read whole in front of another stem; the better
question stays and the other is held back. Nor may two questions of a module ask for one
term (``hold_repeats``): the one whose blank's clause describes it more fully stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.clauses import md_escape
from curriculum.draft.facts import NUMBER_WORDS

if TYPE_CHECKING:
    from curriculum.draft.modules import ThemeMaterial
    from curriculum.draft.questions import DraftQuestion

_ASKED = re.compile(r"_{4} \((?P<short>[A-Z][A-Za-z0-9&]*[A-Z0-9])\)")
"""The blank of an acronym question and the acronym after it: "____ (VIU)"."""


def keep_answers(materials: list[ThemeMaterial]) -> None:
    """In each module, no stem spells out an acronym another question asks for."""
    for material in materials:
        asked = _acronyms_asked(material.questions)
        if not asked:
            continue
        for q in material.questions:
            if q.rule != "acronym":
                for short, long in asked.items():
                    _show_short(q, short, long)


def _acronyms_asked(questions: list[DraftQuestion]) -> dict[str, str]:
    """Acronym -> its spelling, for every question of the module that asks for one."""
    out: dict[str, str] = {}
    for q in questions:
        match = _ASKED.search(q.prompt) if q.rule == "acronym" and q.answers else None
        if match is not None:
            out[match.group("short")] = q.answers[0]
    return out


def _show_short(q: DraftQuestion, short: str, long: str) -> None:
    """Put the acronym alone where ``q``'s stem spells it out ("Victim Identification Unit
    (VIU)" -> "VIU"); undo the naming that spelled it, so its note goes too."""
    spelled = re.compile(re.escape(md_escape(long)) + r"\s*\(" + re.escape(short) + r"\)",
                         re.I)
    if not spelled.search(q.prompt):
        return
    q.prompt = spelled.sub(short, q.prompt, count=1)
    named = [n for n in q.named if n.phrase.endswith(short) and long.casefold()
             in n.name.casefold()]
    for n in named:
        q.named.remove(n)
        q.stem_rule = q.stem_rule.replace(f', "{n.phrase}" named as in line {n.line}', "")
    q.stem_rule += f", {short} not spelled out (another question asks for it)"


def hold_cues(materials: list[ThemeMaterial]) -> list[DraftQuestion]:
    """In each module, no question's stem shows another's answer as the same fact: the
    better of the two (``choosing.by_value``) stays, the other is held back with the
    reason and returned. A blank's answer read in a stem that says the same thing (at
    least ``SAME_WORDS`` of their words in common): a figure with the words either side
    of the blank ("notified within three days" beside "notified within ____ days"), a
    term anywhere in it ("A Green Notice provides warnings ..." beside "A ____ provides
    warnings ..."), tells the learner the answer (rubric 3). A term or a figure named in
    a stem about something else ("For a Green Notice, ...", "No means are needed for
    anyone under 18" beside "a child as any person under ____") is no cue, and an
    acronym's spelling is handled by ``keep_answers``, which rewrites the other stem."""
    from curriculum.draft.choosing import by_value  # choosing -> scoring -> ... -> here

    held = hold_repeats(materials)
    for material in materials:
        kept: list[DraftQuestion] = []
        for q in by_value(material.questions):
            cue = next(((k, shown) for k in kept
                        if (shown := _shown(k, q) or _shown(q, k))), None)
            if cue is None:
                kept.append(q)
                continue
            other, shown = cue
            q.reasons.append(f'held back: it and {other.qid} give each other away (one stem '
                             f'shows the other\'s answer: "{shown}")')
            held.append(q)
        chosen = {id(q) for q in kept}
        material.questions = [q for q in material.questions if id(q) in chosen]
    return held


_NUMBER_WORDS = frozenset({"one", *NUMBER_WORDS})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_BLANK = "____"
SAME_WORDS = 0.3
"""Two stems state the same fact when at least this share of their words is common."""


def _shown(asked: DraftQuestion, other: DraftQuestion) -> str:
    """The answer of ``asked`` as ``other``'s stem shows it, or ""."""
    if _BLANK not in asked.prompt or asked.rule == "acronym" or asked.qtype == "true_false":
        return ""
    answers = asked.answers if asked.qtype == "fill_blank" else [
        text for text, correct in asked.options if correct]
    before, _, after = asked.prompt.partition(_BLANK)
    last = _WORD.findall(before)[-1:]
    nxt = re.match(r"\s*([^\W\d_]+)", after)
    for answer in answers:
        answer = " ".join(answer.split())
        if not answer:
            continue
        if answer[:1].isdigit() or answer.split()[0].lower() in _NUMBER_WORDS:
            # a figure: the words either side of the blank around it ("within three days")
            if not last:
                continue
            phrase = re.escape(last[0]) + r"\s+" + re.escape(answer)
            if nxt is not None:
                phrase += r"\s+" + re.escape(nxt.group(1))
            found = re.search(rf"(?<![\w-]){phrase}(?![\w-])", other.prompt, re.I
                              ) if _same_words(asked.prompt, other.prompt, answer) else None
        elif asked.qtype == "fill_blank" and _same_words(asked.prompt, other.prompt, answer):
            found = re.search(rf"(?<![\w-]){re.escape(answer)}(?![\w-])", other.prompt, re.I)
        else:
            found = None
        if found:
            return found.group(0)
    return ""


def _same_words(first: str, second: str, answer: str) -> bool:
    """The two stems share at least ``SAME_WORDS`` of their words (the answer's aside)."""
    skip = {w.lower() for w in _WORD.findall(answer)}
    mine = {w.lower() for w in _WORD.findall(first) if len(w) > 3} - skip
    theirs = {w.lower() for w in _WORD.findall(second) if len(w) > 3} - skip
    return bool(mine and theirs) and len(mine & theirs) / len(mine | theirs) >= SAME_WORDS


def hold_repeats(materials: list[ThemeMaterial]) -> list[DraftQuestion]:
    """In each module, one question per term asked: two blanks or choices whose answer is
    the same term ("A ____ provides warnings ... about people who ... are likely to repeat
    them in other countries" and "A ____ alerts police in other countries; it does not
    authorise anyone's arrest", both "Green Notice") test one thing twice, and the shorter
    description is often true of the term's whole family (every INTERPOL notice alerts
    police in other countries: blind review 27, rubric 2). The one whose blank's clause
    says most about the term (``_described``) stays; the others are held back with the
    reason and returned. Figures are no term: two rules may well set "24 hours" each."""
    held: list[DraftQuestion] = []
    for material in materials:
        best: dict[str, DraftQuestion] = {}
        for q in material.questions:
            for term in _terms_asked(q):
                other = best.get(term)
                if other is None or _described(q) > _described(other):
                    best[term] = q
        repeated = []
        for q in material.questions:
            winner = next((best[t] for t in _terms_asked(q) if best[t] is not q), None)
            if winner is None:
                continue
            q.reasons.append(f"held back: it and {winner.qid} ask for the same term "
                             f'("{_answer_shown(q)}"), and {winner.qid}\'s stem describes it '
                             "more fully")
            repeated.append(q)
        gone = {id(q) for q in repeated}
        material.questions = [q for q in material.questions if id(q) not in gone]
        held += repeated
    return held


def _terms_asked(q: DraftQuestion) -> list[str]:
    """The term a blank or a choice asks for, in each written form, folded and singular
    ("Green Notices" -> "green notice"); [] for another kind of question: a figure, a
    place or a table's value may be the answer of two facts ("24 hours", "indefinite")."""
    if q.rule not in _TERM_RULES or q.qtype == "true_false":
        return []
    answers = q.answers if q.qtype == "fill_blank" else [t for t, ok in q.options if ok]
    out: list[str] = []
    for answer in answers:
        words = " ".join(answer.split()).casefold()
        if not words or words[0].isdigit() or words.split()[0] in _NUMBER_WORDS:
            return []
        out.append(words[:-1] if words.endswith("s") and not words.endswith("ss") else words)
    return list(dict.fromkeys(out))


_TERM_RULES = frozenset({"key-term", "acronym", "definition", "glossary"})
"""The rules whose answer is a term: the name of a thing, asked for by what it is."""


def _answer_shown(q: DraftQuestion) -> str:
    answers = q.answers if q.qtype == "fill_blank" else [t for t, ok in q.options if ok]
    return answers[0] if answers else ""


def _described(q: DraftQuestion) -> int:
    """How much the blank's own clause (the stem up to a semicolon) says about the term:
    its words of four letters or more, the answer's aside."""
    clause = next((part for part in q.prompt.split(";") if _BLANK in part), q.prompt)
    skip = {w.lower() for a in q.answers for w in _WORD.findall(a)}
    return len([w for w in _WORD.findall(clause) if len(w) > 3 and w.lower() not in skip])
