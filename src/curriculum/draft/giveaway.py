"""One question of a module must not give away another's answer.

A module's quiz may draw every question, so a learner reads all the stems. When one
question asks what an acronym stands for ("The ____ (VIU) examines ...") and another
stem spells it out ("Logs are reviewed monthly by the Victim Identification Unit (VIU)
supervisor ...": naming from earlier, ``referents.acronym_names``, or the source's own
words), the second stem gives away the first's answer. The second stem then shows the
acronym alone, as the source has it where naming expanded it ("by the VIU supervisor"),
and its comment no longer says the acronym was named. The acronym question itself keeps
its stem.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.clauses import md_escape

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
