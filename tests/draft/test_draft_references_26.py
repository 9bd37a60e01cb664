# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, session 26 ("structure"): a reference list's entries (authors, year, title, journal)
are the sources a text cites, never sentences to ask. Short texts of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.bibliography import REASON
from curriculum.draft.themes import ThemeMatcher

_READING = """# Early help in practice

Hollins and Baird (2019) found that 40% of families referred twice had been offered no early help.

## Further reading

- Roe, T. (2022). Early help reduces repeat referrals in twelve local areas. *Early Help Review*, 8, 12-29.
- Office for Child Safety (2024). *Thresholds guidance for partner agencies*. Second edition.
- Tamsin Roe (2023). Repeat referrals fell by 30% after a year of family hubs. Hubwell Press.

Hollins, K. and Baird, T. (2019) Families referred twice without help in 14 councils.
Journal of Family Support, 3(1), 5-19.
"""


def test_a_reference_list_entry_is_no_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """An entry's authors, title and journal are a source the text cites: none of them is
    asked, and each has its line in the audit. A sentence citing a study stays."""
    analysis = analysed(tmp_path, _READING, matcher)
    kept = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert kept == ["Hollins and Baird (2019) found that 40% of families referred twice had been offered no early help."], kept
    reasons = {d.line: d.reason for d in analysis.dropped}
    assert all(reasons.get(line) == REASON for line in (7, 8, 9, 11, 12)), reasons
