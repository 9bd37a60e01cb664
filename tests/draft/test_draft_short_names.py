"""A name's short form and a wrapped header value are no theme evidence (``short_names.py``,
``cleaning._hangs_under``; blind review 15b: a circular on an image register went to sex
offender management by "Register"). Texts of our own, analysed once each."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import analysed

from curriculum.draft.analysis import Analysis
from curriculum.draft.themes import ThemeMatcher

REGISTER = """Image access rules

The Northvale Child Image Register holds the images seized in every investigation of the force.
Analysts must compare each new image with the Register within 7 days of its seizure.
Managers keep the register of sex offenders up to date within 3 days of any change.
"""

CIRCULAR = """NORTHVALE POLICE SERVICE
Headquarters

Our ref.: NPS/2026/11
Subject:  New rules of access to the Northvale Child
          Image Register (NCIR)

1.  Analysts must compare each new image with the Register within 7 days of its seizure.
"""


def _by_text(analysis: Analysis) -> dict[str, list[str]]:
    doc = analysis.doc
    return {doc.text[s.start : s.end].strip(): [m.theme for m in analysis.themes[s.index]]
            for s in analysis.kept()}


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Analysis:
    return analysed(tmp_path_factory.mktemp("short"), REGISTER, matcher)


def test_the_short_form_of_a_name_places_nothing(register: Analysis) -> None:
    themes = _by_text(register)
    assert "sex-offender-management" not in themes[
        "Analysts must compare each new image with the Register within 7 days of its seizure."]


def test_the_word_in_lower_case_is_still_the_theme_s(register: Analysis) -> None:
    themes = _by_text(register)
    assert "sex-offender-management" in themes[
        "Managers keep the register of sex offenders up to date within 3 days of any change."]


def test_a_value_wrapped_under_itself_is_the_header_s(tmp_path: Path, matcher: ThemeMatcher
                                                      ) -> None:
    analysis = analysed(tmp_path, CIRCULAR, matcher)
    reasons = {d.line: d.reason for d in analysis.dropped}
    assert reasons[6] == "the rest of the header line 5 (cut at a line wrap)"
