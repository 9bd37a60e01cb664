# ruff: noqa: E501  (the note and the expected lines are kept whole so they read as written)
"""Issue #9, held-out-30 a4 (blind review, class 1): a conference page's track
descriptions, lists of topics made only of noun phrases, became a true/false statement and
a fill-in, because the small parser read a word of the list as its verb ("live",
"unidentified") and the statement test found a clause. ``assertion.lists_topics``: a
"verb" with a comma between it and the whole of its coordinated subject, and the list
running on past it, or a "verb" the parse hangs on a noun, is a word of the list. Drafted
from a short page of our own: the track descriptions are no facts and no questions; the
page's statements stay."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft import nlp
from curriculum.draft.assertion import asserts, lists_topics

PAGE = """# Call for papers: regional child protection forum 2027

The forum meets every two years and brings together investigators and child-protection practitioners.

## Tracks

1. **Track A: Online harm.** Intake screening, grooming and blackmail of teenagers, live streamed abuse, app safety duties and the gap between referrals and actual harm.
2. **Track B: Victim identification.** Archive access and oversight, matching and sorting software, shared squads, and tracking the number of children still unidentified.

In 2025 the national victim identification unit identified 412 children from seized images.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("topics"), "call-for-papers.md", PAGE)


def test_lists_of_topics_are_no_facts_and_no_questions(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    assert "identified 412 children from seized images" in modules
    for words in ("Intake screening, grooming", "Archive access and oversight"):
        assert words not in modules


@pytest.mark.parametrize(("text", "expected"), [
    ("Intake screening, grooming and blackmail of teenagers, live streamed abuse, app safety duties and the gap between referrals and actual harm.", True),
    ("Archive access and oversight, matching and sorting software, shared squads, and tracking the number of children still unidentified.", True),
    ("Police, social workers and teachers work together.", False),
    ("The force, its units and its staff are fictional.", False),
    ("No child, and no adult, appears in any of the images.", False),  # an aside
    ("The unit, a member of the network, assessed itself in May.", False),
    ("The audit, the inquiry and the review uncovered failures, gaps and delays.", False),
    ("Officers, who are often the first to arrive, secure the scene.", False),
    ("The search covered court files, police logs and school records, for the years 2019 to 2024, using three lists.", False),
])
def test_which_lines_list_topics(text: str, expected: bool) -> None:
    [parsed] = nlp.parse([text])
    assert lists_topics(parsed) is expected
    assert asserts(text, parsed) is not expected
