"""The record of one way a stem points back (shared by ``stemcheck`` and ``standalone``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pointer:
    """A word of the stem that leans on what the stem does not show ("It", "the unit").

    ``i`` is the token's index in the sentence's parse; ``kind`` says what can resolve it
    (``context.py``): "lemma" needs an earlier sentence holding ``lemma``; "previous" the
    sentence just before; "author" nothing in the text (the first person of whoever wrote
    it); "mild" is a weak doubt no context is carried for; "rule" a generic participant
    or stage of a procedure inside a rule ("the defendant", "the hearing"), for which the
    sentence just before is carried only when it introduces that noun ("A defendant in
    person may not ...")."""

    i: int
    delta: float
    reason: str
    kind: str = "previous"
    lemma: str = ""
