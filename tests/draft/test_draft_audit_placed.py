# ruff: noqa: E501  (the text is kept whole so it reads as written)
"""Issue #9, blind review 15b class 9: the audit listed a sentence under "Sentences that fit
no theme" although a module question drafted from it sat in a module (a question's
placement reads its heading and its document, not only its own words). A sentence a module
question was drafted from is not listed there; one no module uses still is."""

from __future__ import annotations

import pytest

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.audit import _source_part
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

TEXT = """# Office notes

The office opens at nine o'clock every weekday morning.

Visitors must sign the book at the front desk on arrival.
"""


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory, matcher: ThemeMatcher) -> Analysis:
    root = tmp_path_factory.mktemp("audit-placed")
    (root / "notes.md").write_text(TEXT, "utf-8")
    return analyse(read_source(root / "notes.md", root), "notes", matcher)


def _loose(lines: list[str]) -> list[str]:
    start = lines.index("### Sentences that fit no theme")
    return lines[start + 2 : lines.index("### Other units not used") - 1]


def test_a_sentence_a_module_question_uses_is_not_listed_as_fitting_no_theme(analysis: Analysis) -> None:
    [opens] = [s for s in analysis.kept() if "opens at nine" in s.text(analysis.doc)]
    assert _loose(_source_part(analysis, set())) == [
        "- line 3: The office opens at nine o'clock every weekday morning.",
        "- line 5: Visitors must sign the book at the front desk on arrival. (a rule: neither its words nor the document's title and heading name a theme)",
    ]
    assert _loose(_source_part(analysis, {opens.index})) == [
        "- line 5: Visitors must sign the book at the front desk on arrival. (a rule: neither its words nor the document's title and heading name a theme)",
    ]
