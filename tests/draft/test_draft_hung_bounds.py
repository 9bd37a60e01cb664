# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 26 (recall): a definition's age bound that the parser hangs on the
verb ('A "young witness" is anyone under 17': "under" a child of "is", not of "anyone"),
and a one-word term in quotation marks that it tags an adjective ('"minor" means a person
under 16'), are still the definition's boundary, asked like "defines ... as any person
below the age of ..."; a bare figure that bounds a person is an age, offered among the ages
rules set. A finding with the same words ("Most callers are girls under 14")
and a duty's age ("must not interview a witness under 16") stay thresholds. One short text
of our own, drafted once."""

from __future__ import annotations

import pytest
from draft_fixtures import chosen, key_of, one

from curriculum.draft import nlp
from curriculum.draft.defined import definition_bound
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher

TEXT = (
    "# Practice note on interviewing witnesses in trafficking cases\n\n"
    'Under the Witness Care Code, a "young witness" is anyone under 17.\n\n'
    'Under the Harbour Protocol, "minor" means a person under 16.\n\n'
    "Most callers to the witness line are girls under 14.\n\n"
    "Officers must not interview a witness under 16 years of age without an appropriate adult.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher
            ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    return chosen(tmp_path_factory.mktemp("hung"), TEXT, matcher)


def _threshold(q: DraftQuestion) -> bool:
    return any("makes the figure a threshold" in r for r in q.reasons)


@pytest.mark.parametrize(("sentence", "figure", "bound"), [
    ('A "young witness" is anyone under 17.', "17", True),
    ('"minor" means a person under 16.', "16", True),
    ("A young witness is a person under 17 in this code.", "17", True),
    ("Most callers are girls under 14.", "14", False),
    ("The officer is there under 2 hours.", "2", False),
])
def test_a_bound_hung_on_the_defining_verb(sentence: str, figure: str, bound: bool) -> None:
    doc = nlp.parse([sentence])[0]
    token = next(t for t in doc if t.text == figure)
    assert definition_bound(token) is bound


def test_a_quoted_term_defined_as_anyone_under_an_age_is_asked(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    question = one(kept + below, 'Under the Witness Care Code, a "young witness" is anyone under ____.')
    assert key_of(question) == ["17"]
    assert not _threshold(question)


def test_a_quoted_one_word_term_is_a_term_and_its_bare_figure_an_age(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    kept, below = drafted
    question = one(kept + below, 'Under the Harbour Protocol, "minor" means a person under ____.')
    assert key_of(question) == ["16"]
    assert not _threshold(question)
    assert [t for t, _ in question.options] == ["14", "16", "17", "18"]  # the ages rules set (ages.py)


def test_a_finding_and_a_duty_keep_their_threshold(drafted: tuple[list[DraftQuestion], list[DraftQuestion]]) -> None:
    _, below = drafted
    finding = one(below, "Most callers to the witness line are girls under ____.")
    assert _threshold(finding)
    duty = one(below, "Officers must not interview a witness under ____ years of age without an appropriate adult.")
    assert _threshold(duty)
