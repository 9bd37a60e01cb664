# ruff: noqa: E501  (the texts are kept as sentences so they read as sources)
"""Issue #9, round 27: a stem whose subject is the text itself or its writers ("The present
paper recommends ...", "The authors recommend ...") points back like "This paper recommends
..." (blind review 42, a1: "it" is the Note, never named; rubric 4), and "the present
Convention" in the Convention's own text is named like "this Convention"
(``stemcheck._self_reference``, ``referents.instrument_names``). Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_NOTE = (
    "# Online grooming: a policy note\n\n"
    "The present paper recommends that the maximum penalty for grooming be raised to 10 years.\n\n"
    "The authors recommend that forces review every grooming referral within 48 hours.\n\n"
    "At present, every force in Westmarch must refer a suspected grooming case to the Harlow Online Safety Bureau within 24 hours.\n")

_CONVENTION = (
    "---\ntitle: Westmarch Convention on Online Grooming\n---\n"
    "# Westmarch Convention on Online Grooming\n\n"
    "## Article 4\n\n"
    "Under the present Convention, a State must criminalise grooming of a child under 16.\n")


def test_the_text_or_its_writers_as_subject_point_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _NOTE, matcher)
    for start, phrase in (("The present paper", "The present paper"), ("The authors", "The authors")):
        assert not any(q.prompt.startswith(start) for q in kept), prompts(kept)
        held = [q for q in below if q.prompt.startswith(start)]
        assert held, prompts(below)
        assert all(f'points back: "{phrase}" is the text itself or its writer' in " ".join(q.reasons)
                   for q in held)
    assert any(q.prompt.startswith("At present, every force") for q in kept), prompts(kept)


def test_the_present_instrument_in_its_own_text_is_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _CONVENTION, matcher)
    found = [q for q in kept + below if "Convention, a State must" in q.prompt]
    assert found, prompts(kept + below)
    assert all('"the present Convention" named as in line 1' in q.stem_rule for q in found)
    assert all("the text itself" not in " ".join(q.reasons) for q in found)
