"""Sentences in another language than English are left out, each with a line in the audit.

The language layer is an English pipeline: a French or Spanish sentence parsed by it gives
nonsense subjects and verbs, and a question built on one is garbage ("Images are allowed
to be hachage des fichiers concernés ..."). Sources of this field are often bilingual or
multilingual: a treaty's parallel text, an arrangement signed in two languages, a summary
in the other official languages of an organisation (INTERPOL works in Arabic, English,
French and Spanish). Such a sentence is read as another language's when

- most of its letters are of a script other than Latin (Arabic, Cyrillic, Greek, Hebrew,
  the scripts of Asia), or
- it holds at least ``MIN_FOREIGN`` function words of French, Spanish, Portuguese,
  Italian, German or Dutch ("les", "dans", "conformément" does not count: only the short
  words every sentence of a language uses) and at least twice as many as English ones.

Why function words and not a language-detection library: they decide the question that
matters here (can the English parser read this?) on a sentence of ten words, offline and
in microseconds, where statistical detectors need longer text. A proper name in another
language (two capitalised words or more and the small words between them: "Fundación para
la Protección de la Infancia") is not counted at all, and a title inside an English
sentence ("the Convention relative aux droits de l'enfant") brings two or three such words
against the sentence's many English ones, so the sentence stays.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from curriculum.draft.cleaning import Dropped
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

REASON = "not in English (the drafting pipeline reads English text only)"
MIN_FOREIGN = 3
"""Function words of another language a sentence needs before it can be that language's."""

_ENGLISH = word_set(
    "the of and to in is are was were be been that this these those for on with as by "
    "it its at from or an which who whom whose not no has have had shall must may will "
    "would should can could their they there than then when where any all each such "
    "under into within after before between"
)
_OTHER = word_set(
    # French
    "le la les de des du un une et est sont dans pour par sur qui que aux au ne pas ce cette "
    "ces ses leur leurs être avec selon lorsque entre il elle ils elles nous vous lui "
    "été sont ou où sans mais tout toute tous "
    # Spanish and Portuguese
    "el los las del y es son en por para con una uno se su sus lo al como pero cuando "
    "entre sin sobre está están ser fue o os da das dos em para uma não são "
    # Italian
    "il gli della delle degli dei di che è sono nel nella per con non una "
    # German and Dutch
    "der die das und ist sind nicht ein eine einer eines mit für von auf dem den des "
    "zu im het een en zijn voor niet met"
) - _ENGLISH - {"a", "i", "o", "die", "den", "son", "per", "con", "sin", "fine", "nel"}
"""Short words of other languages that are no English words ("die", "son", "per" are
English too, and so left out)."""
_ELIDED = re.compile(r"\b(?:l|d|qu|n|s|j|c|dell|all|nell)['\u2019](?=[^\W\d_])", re.I)
"""French and Italian elisions: "l'enfant", "d'Essondre", "qu'il", "dell'Unione"."""
_WORD = re.compile(r"[^\W\d_]+", re.U)
_NAME = re.compile(
    r"[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
    r"(?:\s+(?:(?:de|del|la|las|los|le|les|des|du|da|do|dos|das|di|della|y|e|et|para|por|en|"
    r"von|van|der|den|und|of|and|for|the)\s+)*[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019-][^\W\d_]+)*)+")
"""A proper name of two capitalised words or more, with the small words of any language
between them ("Fundación para la Protección de la Infancia", "Police nationale" is not one):
its words say nothing of the sentence's language."""
_ET_AL = re.compile(r"\bet\s+al\b", re.I)
"""A citation's "et al." is no French or Spanish."""


def foreign(text: str) -> bool:
    """The sentence is in another language than English (module docstring)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(not _latin(c) for c in letters) * 2 > len(letters):
        return True
    text = _NAME.sub(" ", _ET_AL.sub(" ", text))
    words = [w.lower() for w in _WORD.findall(_ELIDED.sub(" ", text))]
    other = sum(1 for w in words if w in _OTHER) + len(_ELIDED.findall(text))
    english = sum(1 for w in words if w in _ENGLISH)
    return other >= MIN_FOREIGN and other >= 2 * english


def _latin(char: str) -> bool:
    """A letter of the Latin script (accented ones too: "é", "ñ", "ü")."""
    return unicodedata.name(char, "").startswith("LATIN")


def drop_foreign(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence in another language as dropped, with its audit line."""
    dropped: list[Dropped] = []
    for sentence in sentences:
        if sentence.dropped or not foreign(doc.text[sentence.start : sentence.end]):
            continue
        sentence.dropped = REASON
        dropped.append(Dropped(sentence.line, REASON, doc.display(sentence.start, sentence.end)))
    return dropped
