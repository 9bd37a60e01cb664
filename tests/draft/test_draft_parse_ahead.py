"""Headings parsed in one batch (``themes.parse_ahead``) read as each parsed alone."""

from __future__ import annotations

from curriculum.draft import themes

HEADINGS = ["Duty officers on night shifts", "Reporting a lost passport",
            "when the desk is closed"]


def _words(text: str) -> list[themes.Word]:
    return themes.text_words(text)


def test_a_batch_gives_each_heading_the_words_of_its_own_parse() -> None:
    alone = {}
    for text in HEADINGS:
        themes._PARSED.clear()
        alone[text] = _words(text)
    themes._PARSED.clear()
    themes.parse_ahead([*HEADINGS, HEADINGS[0]])
    assert len(themes._PARSED) == len(HEADINGS)
    assert {text: _words(text) for text in HEADINGS} == alone
    assert [w.lemma for w in alone["Reporting a lost passport"]][-2:] == ["lost", "passport"]
