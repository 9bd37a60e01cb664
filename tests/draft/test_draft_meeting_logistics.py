# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""A meeting's own arrangements are not content (``meeting.py``; blind review 13a, C4).

An agenda of our own: its procedural notes (a room rule, a session, an agenda item) read
as rules and a theme's words ("mobile phones") placed one in a module; they are held as
the meeting's logistics, while a rule of the work in the same paper is asked, and the same
room rule in a paper that is no meeting's is judged as before.
"""

from __future__ import annotations

import pytest

from curriculum.draft import nlp
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.meeting import arrangement
from curriculum.draft.pipeline import rules_for
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Online child abuse",
                               "keywords": ["mobile phones", "online abuse", "seized"]}]}
).themes

AGENDA = """# Regional network on online abuse

## Third meeting: provisional agenda

### Item 4. Upload of seized material

The network recommends that seized images of online abuse are uploaded to the national database within 14 days of seizure.

## Practical notes

- Phones: mobile phones must be handed in at the door of the meeting room before the closed session under item 4.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    root = tmp_path_factory.mktemp("agenda")
    path = root / "agenda.md"
    path.write_text(AGENDA, "utf-8")
    analysis = analyse(read_source(path, root), "src", ThemeMatcher(THEMES))
    return choose(rules_for(analysis, ThemeMatcher(THEMES)))


def test_a_room_rule_of_the_meeting_is_held_as_its_logistics(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    chosen, below = drafted
    phones = [q for q in chosen + below if "meeting room" in q.prompt]
    assert phones and all(q.score < THRESHOLD for q in phones)
    assert all(any(r == 'not worth asking: the meeting\'s own arrangements ("the meeting room"): '
                   "logistics for its delegates, not a fact of the work" for r in q.reasons)
               for q in phones)
    assert any("within ____ days of seizure" in q.prompt for q in chosen)


@pytest.mark.parametrize(("sentence", "found"), [
    ("Interpretation is provided throughout the meeting.", "the meeting"),
    ("A quiet room is available on the second floor.", "A quiet room"),
    ("Only members may attend the session under item 6.", "item 6"),
    # a line with no verb: the clause's head is a noun, and the walk up stops at the root
    ("Attendance at the meeting of the panel.", "the meeting"),
])
def test_the_meetings_own_room_session_and_item_are_found(sentence: str, found: str) -> None:
    assert arrangement(nlp.parse([sentence])[0]) == found


@pytest.mark.parametrize("sentence", [
    "A strategy meeting must be held within 24 hours of the referral.",
    "The child must be interviewed in the video interview suite within 48 hours.",
    "The board agreed at the meeting that every referral must be answered within 3 days.",
])
def test_meetings_of_the_work_and_what_a_meeting_decided_are_not(sentence: str) -> None:
    assert arrangement(nlp.parse([sentence])[0]) == ""
