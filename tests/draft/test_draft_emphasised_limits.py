# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, recall: a time limit the writer set in bold ("within **24 hours**", "within
<strong>15 working days</strong>") is the text's most important figure, and it was never asked:
the markup is blanked to spaces, which stood between "within" and its number, so the time-limit
rule read no "within N units" there (corpus: held-out-7 a3's conference and feedback limits).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.procedures import procedure_rules
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def limits(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """The time-limit questions (``procedures.py``) of ``text`` saved as ``name``, kept or below."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    kept, below = choose(procedure_rules(analyse(read_source(path, tmp_path), "t", matcher)))
    return kept + below


def test_a_limit_in_bold_markdown_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "# Handling referrals\n\nThe duty sergeant reviews every referral within **24 hours** of receipt.\n"
    question = next(q for q in limits(tmp_path, "text.md", text, matcher) if "duty sergeant" in q.prompt)
    assert question.prompt == "The duty sergeant reviews every referral within ____ of receipt."
    assert [o for o, right in question.options if right] == ["24 hours"]


def test_a_limit_in_strong_html_is_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("<html><body><h1>Referral pathway</h1><ul>\n"
            "<li>A case conference is held within <strong>15 working days</strong> of the strategy discussion.</li>\n"
            "</ul></body></html>\n")
    question = next(q for q in limits(tmp_path, "text.html", text, matcher) if "case conference" in q.prompt)
    assert question.prompt == "A case conference is held within ____ of the strategy discussion."
    assert [o for o, right in question.options if right] == ["15 working days"]


def test_a_bold_word_between_within_and_its_number_is_still_no_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "# Handling referrals\n\nThe duty sergeant reviews every referral within the **same** 24 hours.\n"
    assert not [q for q in limits(tmp_path, "text.md", text, matcher) if "duty sergeant" in q.prompt]
