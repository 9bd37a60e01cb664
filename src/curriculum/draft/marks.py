"""Mark allocations: what an exam item or a model answer's point is worth, never its words.

Exam papers, model answers and marking schemes put the marks beside the text: "(14
marks)" before a question, "[1 mark]" after a key, "(2)" after each point of a model
answer. Read as text, "(14 marks) A 15-year-old tells ..." opens its sentence with a
bracket and a figure, the full stop before "[1 mark]" split the sentence at the bracket
("(b). [" / "1 mark]") and "(2)" stayed inside a statement as a figure to ask. Here they
are left out of the text the rules read, as footnote markers are (``markup``):

- an allocation that says "mark" or "marks" ("(4 marks)", "[1 mark]", "(2 marks each)",
  "[Total: 14 marks]") wherever it stands;
- in a text that has such an allocation, a bare figure in brackets standing apart at the
  end of a clause or line ("... before travel (2); dates ...", or wrapped to the start of
  the next line before its ";"), as model answers give them; glued to a word ("section
  14(2)") or opening a sentence ("(2) The court ...") it is a subsection and stays.
"""

from __future__ import annotations

import re

_NAMED = re.compile(
    r"[ \t]*[\[(][ \t]*(?:total[ \t]*:?[ \t]*)?\d{1,3}(?:\.5)?[ \t]+marks?(?:[ \t]+each)?"
    r"[ \t]*[\])]",
    re.I,
)
_BARE = re.compile(
    r"(?:(?<=\S)[ \t]+|^[ \t]*)[\[(]\d{1,2}[\])](?=[ \t]*(?:[;.,]|<|$))", re.M)


def mark_allocations(text: str) -> list[tuple[int, int]]:
    """The spans of the text's mark allocations (module docstring), with the spaces
    before them, so the text around them reads as it would without them."""
    named = [(m.start(), m.end()) for m in _NAMED.finditer(text)]
    if not named:
        return []
    return sorted(named + [(m.start(), m.end()) for m in _BARE.finditer(text)])
