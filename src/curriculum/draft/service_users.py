"""A service's procedure for its own users is not an officer's business.

A platform's help page on child safety tells its users how to get on with the service:
"You can appeal an enforcement decision within 30 days in Settings > Account status", "A
different reviewer looks at every appeal, normally within 7 days". True, checkable, and
of no use to an officer: a trainer drops it as trivia. The same page's duties toward the
police and children ("When the platform receives a valid preservation request from law
enforcement, it preserves the records for 90 days", "It reports all apparent child sexual
abuse material to NCMEC") are worth asking, and stay.

Read from the text and the parse, not from one service's words:

- **the page speaks to a service's users**: it says "you" (``guidance.addresses_reader``)
  and somewhere puts the reader's own things on the service ("your account", "your post",
  "your data");
- **the sentence is a step of that user's procedure**: it speaks to "you" about such a
  thing or a screen, or (without "you") sits under a heading that speaks to the user ("If
  we remove your content") with a thing of the service (an appeal, an account, a post,
  the app) or its users as its subject or object.

A sentence that names the police, law enforcement, a court or another authority is the
service's dealing with them, never the user's procedure. A guide to a police system says
"you" to officers but puts no "your account" on a consumer service's screens; it names
its system's accounts in the third person ("In VERITAS, accounts are reviewed every six
months") under headings that do not speak to the reader, and is judged like any other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from curriculum.draft.guidance import READER, addresses_reader, says_you
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

HOLD = ("a service's procedure for its own users (their account, content, appeal or app "
        "settings), not a duty toward the police or children an officer uses")

_SERVICE = word_set(
    "account profile content post upload photo message data setting settings app tab menu "
    "appeal review complaint suspension password username feed comment channel button screen")
"""Things a user has or touches on a service: "your account", "every appeal", "the app"."""
_SUBJECTS = _SERVICE - {"data"}
"""What a step under a user's heading is about ("every appeal", "the app"); the data a
service keeps is also what it preserves for the police ("data is preserved for 90 days")."""
_USERS = word_set("user member")
_AUTHORITY = word_set(
    "police authority authorities court judge prosecutor officer officers "
    "investigator ncmec regulator government")
"""Parties a service deals with: a sentence naming one is its duty toward them."""
_SCREEN_PATH = re.compile(r"\b[A-Z]\w*(?:[ \t]\w+){0,3}[ \t]*[>\u203a\u00bb][ \t]*[A-Z]")
"""A path through a service's screens: "Settings > Account status", "Privacy \u203a Blocked"."""
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a step of a service's procedure for its own users (module docstring)."""
    parsed = q.sentence.parsed
    if parsed is None or not serves_users(q.analysis) or _names_authority(parsed):
        return
    text = parsed.text
    screens = _SCREEN_PATH.search(text) is not None
    if _to_user(parsed) and (_service_thing(parsed) or screens):
        result.hold(HOLD)  # "You can appeal ... in Settings > Account status"
    elif _speaks_to_user(q.sentence.heading) and (_about_service(parsed) or screens):
        result.hold(HOLD)  # "A different reviewer looks at every appeal", under "your"


def serves_users(analysis: Analysis) -> bool:
    """The page speaks to "you" and puts "your" things on a service ("your account"); a
    screen path alone is not enough (a police system's guide has "Open Cases > New")."""
    return _serves_users(analysis.doc.text)


@lru_cache(maxsize=8)
def _serves_users(text: str) -> bool:
    """Once per text (a string keeps its hash: the cache costs nothing per candidate)."""
    if not addresses_reader(text):
        return False
    things = "|".join(sorted(_SERVICE))
    owned = re.search(rf"\byour\s+(?:\w+\s+)?(?:{things})\b", text, re.I)
    return owned is not None


def _to_user(parsed: Any) -> bool:
    return any(t.lower_ in READER for t in parsed)


def _service_thing(parsed: Any) -> bool:
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _SERVICE for t in parsed)


def _about_service(parsed: Any) -> bool:
    """A thing of the service, or its users, is the subject or object of the sentence."""
    return any(t.dep_ in _ROLES and t.pos_ in ("NOUN", "PROPN", "PRON") and (
        t.lemma_.lower() in _SUBJECTS | _USERS | READER) for t in parsed)


def _speaks_to_user(heading: str) -> bool:
    return says_you(heading or "")


def _names_authority(parsed: Any) -> bool:
    """The police, a court, a regulator, or "law enforcement" (not an "enforcement decision"
    of the service's own)."""
    return any(t.lower_ in _AUTHORITY or t.lemma_.lower() in _AUTHORITY or (
        t.lower_ == "enforcement" and t.i > 0 and parsed[t.i - 1].lower_ == "law")
        for t in parsed)
