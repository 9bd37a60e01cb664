# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, session 31 (recall): "The same study found that ..." right after a sentence
whose subject is "A study published by ... in 2019, which looked at ..., found that ..."
(blind set 30, b6: a research figure held as pointing back, "the same study" says the same
as what). The stem names the study by the words that say which one, never by its aside
after a comma; a study met only as "A study found" (nothing says which), or one in another
paragraph, leaves "the same study" as it is. A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, prompts

from curriculum.draft.themes import ThemeMatcher

_NOTES = """# Notes on missing children

A review commissioned by the Ministry of Justice in 2019, which looked at 412 missing child reports, found that 38% of the children were found within six hours. The same review found that in 55% of cases the family waited more than four hours before calling the police.

A study found that 20% of missing children were found within two hours. The same study found that 45% of missing children were found within twelve hours.

An audit published by the Inspectorate in 2021 counted 97 missing child alerts.

The same audit found that 30% of the alerts went out after eight hours.
"""


def test_the_same_study_is_named_by_the_words_of_the_sentence_before(tmp_path: Path, matcher: ThemeMatcher) -> None:
    asked = prompts(candidates(tmp_path, _NOTES, matcher))
    assert [p for p in asked if p.startswith("The review commissioned by the Ministry of Justice found that in 55% of cases")], asked
    assert not [p for p in asked if "looked at 412" in p and "55%" in p], asked


def test_a_first_mention_that_says_nothing_or_another_paragraph_leaves_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    asked = prompts(candidates(tmp_path, _NOTES, matcher))
    assert not [p for p in asked if p.startswith(("The study found", "The audit published"))], asked
    assert [p for p in asked if p.startswith("The same audit found that 30%")], asked
