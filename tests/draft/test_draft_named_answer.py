# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 21 (a liaison officer's report, X 3): a blank whose answer the stem
already shows, as the place's adjective ("Valmoran prosecutors ... for trial in ____." ->
Valmora), gives itself away and never reaches a module (``scoring._named_in_stem``). A short
text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

_TEXT = (
    "# Extraterritorial jurisdiction\n\n"
    "Under section 5a of its Criminal Code, Valmoran prosecutors can bring charges against "
    "Valmoran nationals for sexual offences against children committed abroad. Evidence "
    "gathered by the host police may therefore be needed for a trial in Valmora.\n")


def test_a_place_the_stem_already_names_is_never_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    asked = [q for q in candidates(tmp_path, _TEXT, matcher) if q.rule == "place"]
    valmora = [q for q in asked if q.analysis.doc.display(*q.key) == "Valmora"]
    assert valmora, [q.prompt for q in asked]
    assert all(q.score == 0.0 and 'fatal: the stem names its own answer ("Valmoran")' in q.reasons
               for q in valmora), [(q.prompt, q.reasons) for q in valmora]
