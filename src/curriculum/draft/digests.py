"""A list of messages: a mailing-list digest's contents, a thread's index.

A digest opens with its contents ("Today's Topics:"), one numbered item a message: its
subject line and, in brackets, who sent it ("3. Re: Notice or diffusion for a
15-year-old? (A. Member)"). Read as sentences, the subject lines are statements of
nothing: a title, a question the thread asks, a saying it refutes, each with a name
fused on (held-out-30 a5, blind review class 1: "Today's Topics: 'Wait ____ hours' still
in a partner agency's call script (...)" -> 24, the very myth the thread corrects). What
the messages say is in their bodies, which are read as before.

Found by the layout, whatever the document's kind: a list of three items or more, each
ending in a person's name in brackets (two to four capitalised words, no stop after the
bracket), or opening with a reply's "Re:" / "Fwd:". Every item of such a list is left
out, with the reason in the audit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from curriculum.draft.assertion import subject_line
from curriculum.draft.cleaning import Dropped

if TYPE_CHECKING:
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

REASON = ("a list of messages (a subject line and its sender, a digest's contents): the "
          "titles of what the text goes on to say, not statements")
_SENDER = re.compile(r"[^.\s]\s*\(\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}\s*\)\s*$")
"""A person's name in brackets ending an item that has no stop of its own before it."""
MIN_ITEMS = 3


def drop_message_lists(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Leave out every item of a list whose items each end with their sender's name in
    brackets or open with "Re:" (module docstring)."""
    lists: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        if sentence.kind == "bullet" and sentence.list_id is not None and not sentence.dropped:
            lists.setdefault(sentence.list_id, []).append(sentence)
    dropped: list[Dropped] = []
    for items in lists.values():
        texts = [doc.display(s.start, s.end) for s in items]
        if len(items) < MIN_ITEMS or not all(_message(t) for t in texts):
            continue
        if not any(_SENDER.search(" ".join(t.split())) for t in texts):
            continue  # replies alone, with no sender, are a list of some other kind
        for sentence, text in zip(items, texts, strict=True):
            sentence.dropped = REASON
            dropped.append(Dropped(sentence.line, REASON, text))
    return dropped


def _message(text: str) -> bool:
    """The item is a subject line: its sender in brackets at its end, or a reply's mark."""
    return bool(_SENDER.search(" ".join(text.split())) or subject_line(text))
