# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 12: a PDF footnote's number opened a sentence ("2 The office
stated in April ..."): a raised marker at the end of a short line was read as text, and a
page's footnote area that no detected marker points at was read as body text. Small PDFs
of our own (WeasyPrint), with the exact text read and the sentences kept."""

from __future__ import annotations

from pathlib import Path

from test_draft_formats import make_pdf

from curriculum.draft.analysis import analyse
from curriculum.draft.modules import unit_text
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

STYLE = "@page { size: A5; margin: 2cm } body { font-family: DejaVu Serif; font-size: 10pt }"

SHORT_LINE = f"""<html><head><style>{STYLE} sup {{ font-size: 8pt; vertical-align: 2pt }}</style></head><body>
<p>The river patrol checked 140 boats.<sup>1</sup> Each boat was<br>logged.<sup>2</sup><br>The council stated in May 2025 that the patrol would run all year.</p>
<p style="font-size: 8pt; margin-top: 9cm">1 Boats with children on board only.</p>
<p style="font-size: 8pt">2 The council counted each boat once.</p>
</body></html>"""

UNMARKED = f"""<html><head><style>{STYLE}</style></head><body>
<p>The river patrol checked 140 boats during the summer season on the estuary. Skippers were briefed.</p>
<p>Every skipper who carries children must show a safety card to the patrol before leaving the harbour.</p>
<p style="font-size: 8pt; margin-top: 10cm">1 Boats with children on board only.</p>
<p style="font-size: 8pt">2 The council stated in May 2025 that the patrol would run all year.</p>
</body></html>"""


def _read(project: Path, name: str, html: str) -> str:
    pdf = make_pdf(project / "sources" / name, html)
    return read_source(pdf, project, project / "drafts" / "sources" / f"{name}.md").raw


def test_a_marker_at_the_end_of_a_short_line_is_a_marker(project: Path) -> None:
    """The line "logged.²" has two words, the raised "2" one of them: the line's baseline was
    the median of both, and the "2" read as text opened the next sentence ("2 The council
    stated ...")."""
    assert _read(project, "short.pdf", SHORT_LINE) == (
        "The river patrol checked 140 boats.[^1] Each boat was\n"
        "logged.[^2]\n"
        "The council stated in May 2025 that the patrol would run\n"
        "all year.\n"
        "\n"
        "[^1]: Boats with children on board only.\n"
        "\n"
        "[^2]: The council counted each boat once.\n"
    )


def test_a_footnote_area_with_no_marker_in_the_text_is_notes(project: Path, matcher: ThemeMatcher) -> None:
    pdf = make_pdf(project / "sources" / "unmarked.pdf", UNMARKED)
    doc = read_source(pdf, project, project / "drafts" / "sources" / "unmarked.pdf.md")
    assert doc.raw.endswith(
        "[^1]: Boats with children on board only.\n"
        "\n"
        "[^2]: The council stated in May 2025 that the patrol would run all year.\n"
    )
    analysis = analyse(doc, "unmarked", matcher)
    assert [(s.kind, unit_text(doc, s)) for s in analysis.kept()] == [
        ("para", "The river patrol checked 140 boats during the summer season on the estuary."),
        ("para", "Skippers were briefed."),
        ("para", "Every skipper who carries children must show a safety card to the patrol before leaving the harbour."),
        ("footnote", "Boats with children on board only."),
        ("footnote", "The council stated in May 2025 that the patrol would run all year."),
    ]
