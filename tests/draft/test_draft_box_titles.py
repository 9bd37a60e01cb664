# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 24 (structure): a Markdown quote box whose first line is its title in
bold ("> **WARNING - Evidential integrity**", blind review 23, a6) reads the title as the
context of the box's text, as a bold line outside a box is read, never as the first words
of the sentence under it. A bold sentence in a box stays text. On a short text of our own,
with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates

from curriculum.draft.themes import ThemeMatcher

BOX = (
    "# Seizing devices in child sexual abuse investigations\n\n"
    "Officers seize devices in child sexual abuse investigations.\n\n"
    "> **{title}**\n"
    "> Examiners must only examine a verified forensic image of a seized device within 24 hours of seizure.\n"
)


def test_a_quote_box_s_bold_title_is_not_part_of_its_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = candidates(tmp_path, BOX.format(title="\u26a0 WARNING \u2014 Evidential integrity"), matcher)
    stems = [q.prompt for q in questions if "forensic image" in q.prompt]
    assert stems, [q.prompt for q in questions]
    assert not [s for s in stems if "WARNING" in s or "integrity" in s], stems
    assert "Examiners must only examine a verified forensic image of a seized device within 24 hours of seizure." in stems


def test_a_bold_sentence_in_a_quote_box_stays_text(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Seizing devices in child sexual abuse investigations\n\n"
        "Officers seize devices in child sexual abuse investigations.\n\n"
        "> **Examiners must only examine a verified forensic image of a seized device within 24 hours of seizure.**\n"
    )
    questions = candidates(tmp_path, text, matcher)
    assert "Examiners must only examine a verified forensic image of a seized device within 24 hours of seizure." in [q.prompt for q in questions]
