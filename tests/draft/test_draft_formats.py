"""PDF and DOCX sources: extracted text written beside the drafts, pages in provenance,
headings and tables kept, and every unreadable file a located error with nothing written.

The PDFs are made with WeasyPrint and the DOCX files with python-docx at test time, from
short texts of our own.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from draft_fixtures import run
from pypdf import PdfReader, PdfWriter

from curriculum.draft.reading import read_source

REPORT_HTML = """<html><head><title>Harbour unit annual report</title>
<style>
  @page { size: A5; margin: 2cm }
  body { font-family: DejaVu Serif; font-size: 10pt }
  table { border-collapse: collapse } td, th { border: 1px solid black; padding: 3pt }
</style></head><body>
<h1>Harbour unit annual report</h1>
<p>The harbour unit identified 48 child victims in 2023, up from 31 in 2022.</p>
<h2>Victim identification</h2>
<p>Analysts compared seized images and videos with the ICSE database every week.</p>
<table>
<tr><th>Quarter</th><th>Victims identified</th></tr>
<tr><td>First</td><td>11</td></tr>
<tr><td>Second</td><td>14</td></tr>
</table>
<p style="page-break-before: always">The unit trained 60 officers in victim identification
methods during the year.</p>
</body></html>"""


def make_pdf(path: Path, html: str = REPORT_HTML) -> Path:
    from weasyprint import HTML

    HTML(string=html).write_pdf(path)
    return path


def make_docx(path: Path, footnote: bool = True) -> Path:
    document = docx.Document()
    document.core_properties.title = "Referral desk review"
    document.core_properties.author = "Regional Police College"
    document.add_heading("Referral desk review", 0)
    document.add_heading("Victim identification", level=1)
    document.add_paragraph("The referral desk helped identify 19 victims in 2023.")
    document.add_paragraph("Image comparison training", style="List Bullet")
    document.add_paragraph("Case referral to specialist teams", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("Team", "Referrals"), ("North", "120"), ("South", "95")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("The desk closed 88 cases by the end of the year.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = _with_footnote(buffer.getvalue()) if footnote else buffer.getvalue()
    path.write_bytes(data)
    return path


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Cases closed after a full review only.</w:t></w:r>'
    "</w:p></w:footnote></w:footnotes>"
)


def _with_footnote(data: bytes) -> bytes:
    """python-docx cannot add footnotes: add the part, its relationship and a marker."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(
                    b"end of the year.</w:t></w:r>",
                    b"end of the year.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>",
                )
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            elif item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(item, body)
        target.writestr("word/footnotes.xml", _FOOTNOTES)
    return out.getvalue()


def modules_in(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.name: yaml.safe_load(p.read_text("utf-8")) for p in sorted(folder.glob("*.yaml"))}


def all_cites(module: dict[str, Any]) -> list[dict[str, Any]]:
    found = [f["cite"] for s in module.get("sections", []) for f in s.get("facts", [])]
    return found + [q["cite"] for q in (module.get("quiz") or {}).get("questions", [])]


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if
            p.is_file()}


PDF_TEXT = """---
title: "Harbour unit annual report"
---

# Harbour unit annual report

The harbour unit identified 48 child victims in 2023, up
from 31 in 2022.

## Victim identification

Analysts compared seized images and videos with the
ICSE database every week.

| Quarter | Victims identified |
|---|---|
| First | 11 |
| Second | 14 |

The unit trained 60 officers in victim identification
methods during the year.
"""


def test_a_pdf_is_drafted_from_its_text_layer_with_pages(project: Path) -> None:
    pdf = make_pdf(project / "sources" / "harbour.pdf")
    result = run("draft", "sources/harbour.pdf", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert "Wrote drafts/sources/harbour.pdf.md (the text the drafts cite)" in result.output
    extracted = project / "drafts" / "sources" / "harbour.pdf.md"
    assert extracted.read_text("utf-8") == PDF_TEXT
    module = modules_in(project / "drafts")["child-victim-identification-draft.yaml"]
    assert module["sources"] == [
        {
            "id": "harbour",
            "title": "Harbour unit annual report",
            "path": "drafts/sources/harbour.pdf.md",
            "extracted_from": {
                "path": "sources/harbour.pdf",
                "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
            },
        }
    ]
    raw = extracted.read_text("utf-8")
    cites = all_cites(module)
    assert cites, "the report has victim identification material"
    for cite in cites:
        prov = cite["provenance"]
        assert raw[prov["start"] : prov["end"]] == cite["quote"]
        assert prov["sha256"] == hashlib.sha256(extracted.read_bytes()).hexdigest()
    trained = [c for c in cites if "trained 60 officers" in c["quote"]]
    assert trained and all(c["provenance"]["page"] == 2 for c in trained)
    first_page = [c for c in cites if "48 child victims" in c["quote"]]
    assert first_page and all(c["provenance"]["page"] == 1 for c in first_page)
    rows = [f["text"] for s in module["sections"] for f in s.get("facts", [])]
    assert "Quarter: First; Victims identified: 11" in rows
    assert run("validate", "drafts").exit_code == 0


def test_a_pdf_without_a_date_in_its_text_is_dated_by_its_properties(project: Path) -> None:
    dated = REPORT_HTML.replace(
        "<title>", '<meta name="dcterms.created" content="2021-04-05T09:00:00Z"><title>'
    )
    sources = project / "sources"
    make_pdf(sources / "undated.pdf", dated)
    make_pdf(sources / "published.pdf", dated.replace(
        "<h1>Harbour unit annual report</h1>",
        "<h1>Harbour unit annual report</h1><p>Published 1 June 2022</p>",
    ))
    dates = {}
    for name in ("undated", "published"):
        result = run("draft", f"sources/{name}.pdf", "--out", f"drafts/{name}")
        assert result.exit_code == 0, result.output
        audit = (project / "drafts" / name / "draft-audit.md").read_text(encoding="utf-8")
        dates[name] = re.search(r"document date: (\S+)", audit).group(1)  # type: ignore[union-attr]
    assert dates == {"undated": "2021-04-05", "published": "2022-06-01"}


def test_a_second_run_writes_identical_bytes_extracted_text_included(project: Path) -> None:
    make_pdf(project / "sources" / "harbour.pdf")
    make_docx(project / "sources" / "desk.docx")
    names = ["sources/harbour.pdf", "sources/desk.docx"]
    assert run("draft", *names, "--out", "one").exit_code == 0
    assert run("draft", *names, "--out", "two").exit_code == 0
    first = files_under(project / "one")
    assert run("draft", *names, "--out", "one", "--force").exit_code == 0
    again = files_under(project / "one")
    second = {k: v.replace(b"two/sources", b"one/sources") for k, v in
              files_under(project / "two").items()}
    assert first == again == second
    assert {"sources/harbour.pdf.md", "sources/desk.docx.md"} <= set(first)


DOCX_TEXT = """---
title: "Referral desk review"
author: "Regional Police College"
---

# Referral desk review

# Victim identification

The referral desk helped identify 19 victims in 2023.

- Image comparison training
- Case referral to specialist teams

| Team | Referrals |
|---|---|
| North | 120 |
| South | 95 |

The desk closed 88 cases by the end of the year.[^1]

[^1]: Cases closed after a full review only.
"""


def test_a_docx_keeps_headings_lists_tables_and_footnotes(project: Path) -> None:
    make_docx(project / "sources" / "desk.docx")
    result = run("draft", "sources/desk.docx", "--out", "drafts")
    assert result.exit_code == 0, result.output
    extracted = project / "drafts" / "sources" / "desk.docx.md"
    assert extracted.read_text("utf-8") == DOCX_TEXT
    doc = read_source(project / "sources" / "desk.docx", project, extracted)
    from curriculum.draft.analysis import analyse
    from curriculum.draft.modules import unit_text
    from curriculum.draft.themes import ThemeMatcher
    from curriculum.models import CurriculumConfig

    themes = CurriculumConfig.model_validate(
        {"title": "t", "themes": [{"id": "a", "title": "Child victim identification"}]}
    ).themes
    analysis = analyse(doc, "desk", ThemeMatcher(themes))
    assert [(s.kind, s.heading, unit_text(doc, s)) for s in analysis.kept()] == [
        ("para", "Victim identification",
         "The referral desk helped identify 19 victims in 2023."),
        ("bullet", "Victim identification", "Image comparison training"),
        ("bullet", "Victim identification", "Case referral to specialist teams"),
        ("row", "Victim identification", "Team: North; Referrals: 120"),
        ("row", "Victim identification", "Team: South; Referrals: 95"),
        ("para", "Victim identification", "The desk closed 88 cases by the end of the year."),
        ("footnote", "Victim identification", "Cases closed after a full review only."),
    ]
    module = modules_in(project / "drafts")["child-victim-identification-draft.yaml"]
    assert module["sources"][0]["publisher"] == "Regional Police College"
    assert module["sources"][0]["extracted_from"]["path"] == "sources/desk.docx"
    assert all("page" not in c["provenance"] for c in all_cites(module))
    assert run("validate", "drafts").exit_code == 0


def _encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(make_pdf(path)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(path)
    return path


def _scanned_pdf(path: Path) -> Path:
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("RGB", (60, 40), (200, 200, 200)).save(image)
    html = f'<html><body><img src="{image.as_uri()}" style="width: 10cm"></body></html>'
    make_pdf(path, html)
    image.unlink()
    return path


def _truncated_pdf(path: Path) -> Path:
    data = make_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _ole_docx(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    return path


def _truncated_docx(path: Path) -> Path:
    data = make_docx(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _empty_docx(path: Path) -> Path:
    docx.Document().save(path)
    return path


def _odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


@pytest.mark.parametrize(
    ("name", "maker", "message"),
    [
        ("locked.pdf", _encrypted_pdf,
         "error: this PDF is password-protected (encrypted); save an unprotected copy or its "
         "text as .txt [draft-pdf-encrypted]"),
        ("scan.pdf", _scanned_pdf,
         "error: this PDF has no text layer on any of its 1 page(s) (a scan?); the draft tool "
         "does not read images: run OCR first, or save the text as .txt [draft-pdf-no-text]"),
        ("cut.pdf", _truncated_pdf, "error: this PDF cannot be read: the file is damaged or not "
         "a PDF ("),
        ("locked.docx", _ole_docx,
         "error: this Word file is password-protected, or an old .doc: save it as an "
         "unprotected .docx (or its text as .txt) [draft-docx-encrypted]"),
        ("cut.docx", _truncated_docx, "error: this Word file cannot be read: it is damaged "
         "(not a valid ZIP) [draft-docx-damaged]"),
        ("blank.docx", _empty_docx,
         "error: this Word file holds no text; nothing to draft from [draft-empty]"),
        ("notes.odt", _odt, "error: this is a ZIP-based file that is not a Word document"),
    ],
)
def test_unreadable_pdf_and_docx_are_located_errors_and_nothing_is_written(
    project: Path, name: str, maker: Any, message: str
) -> None:
    maker(project / "sources" / name)
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 1, result.output
    assert f"sources/{name}: {message}" in result.output
    assert "Traceback" not in result.output
    assert not (project / "drafts").exists()


def test_extracted_text_outside_the_project_is_refused(project: Path, tmp_path: Path) -> None:
    make_docx(project / "sources" / "desk.docx")
    result = run("draft", "sources/desk.docx", "--out", str(tmp_path / "elsewhere"))
    assert result.exit_code == 2
    assert re.search(r"outside the project", result.output)
    assert not (tmp_path / "elsewhere").exists()


NOTES_HTML = """<html><head><style>
  @page { size: A5; margin: 2cm } body { font-family: DejaVu Serif; font-size: 10pt }
  .note { float: footnote }
</style></head><body>
<p>The unit identified 37 victims in 2023.<span class="note">The count includes victims
identified with partner agencies.</span> Most cases came from referrals.</p>
<p style="page-break-before: always">Referrals rose by a third.<sup>1</sup></p>
<p style="font-size: 8pt">1 Hotline referrals only.</p>
</body></html>"""


def test_pdf_footnote_markers_leave_the_sentences_and_notes_are_kept(project: Path) -> None:
    from curriculum.draft.analysis import analyse
    from curriculum.draft.modules import unit_text
    from curriculum.draft.themes import ThemeMatcher
    from curriculum.models import CurriculumConfig

    pdf = make_pdf(project / "sources" / "notes.pdf", NOTES_HTML)
    doc = read_source(pdf, project, project / "drafts" / "sources" / "notes.pdf.md")
    assert doc.raw == (
        "The unit identified 37 victims in 2023.[^1] Most cases came\n"
        "from referrals.\n"
        "\n"
        "[^1]: The count includes victims identified with partner agencies.\n"
        "\n"
        "Referrals rose by a third.[^1-p2]\n"
        "\n"
        "[^1-p2]: Hotline referrals only.\n"
    )
    themes = CurriculumConfig.model_validate(
        {"title": "t", "themes": [{"id": "a", "title": "Child victim identification"}]}
    ).themes
    analysis = analyse(doc, "notes", ThemeMatcher(themes))
    assert [(s.kind, doc.page_of(s.start), unit_text(doc, s)) for s in analysis.kept()] == [
        ("para", 1, "The unit identified 37 victims in 2023."),
        ("para", 1, "Most cases came from referrals."),
        ("footnote", 1, "The count includes victims identified with partner agencies."),
        ("para", 2, "Referrals rose by a third."),
        ("footnote", 2, "Hotline referrals only."),
    ]


def test_pdf_and_docx_libraries_load_only_for_such_sources(project: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from curriculum.cli import app\n"
        "runner = CliRunner()\n"
        "runner.invoke(app, ['--help'])\n"
        "runner.invoke(app, ['validate'])\n"
        "runner.invoke(app, ['draft', 'sources/vid-workshop.md', '--out', 'd'])\n"
        "print(sorted(m for m in ('pdfplumber', 'docx', 'pdfminer') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


SPACED_HTML = """<html><head><title>Covert contact guideline</title>
<style>
  @page { size: A5; margin: 2cm }
  body { font-family: DejaVu Serif; font-size: 11pt; line-height: %s }
  p { margin: 0 0 1.2em 0 }
</style></head><body>
<h1>Covert contact guideline</h1>
<p>An officer who poses online as a child needs written authority from a superintendent
before the first contact, and the authority lapses after three months unless it is
renewed in writing by the same rank or above.</p>
<p>Every message sent or received is saved in full with its time, and the record is
sealed at the end of each day so that it can be produced in court without a gap.</p>
<p>(1) A child who is identified during the operation is referred to the child protection
team on the same day.<br>
(2) The referral is recorded in the case log with its time.</p>
</body></html>"""


@pytest.mark.parametrize("leading", ["1.2", "1.6", "2"])
def test_a_pdf_set_with_wide_line_spacing_keeps_its_paragraphs(
    project: Path, leading: str
) -> None:
    """Text set at 1.5 lines or double-spaced has a gap between its own lines wider than
    half the type size: each paragraph must still come out as one paragraph, and a line
    that opens with "(2)" after a finished sentence starts a new one."""
    make_pdf(project / "sources" / "guide.pdf", SPACED_HTML % leading)
    result = run("draft", "sources/guide.pdf", "--out", "drafts")
    assert result.exit_code == 0, result.output
    text = (project / "drafts" / "sources" / "guide.pdf.md").read_text("utf-8")
    body = text.split("# Covert contact guideline\n\n", 1)[1]
    paragraphs = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    assert paragraphs == [
        "An officer who poses online as a child needs written authority from a superintendent"
        " before the first contact, and the authority lapses after three months unless it is"
        " renewed in writing by the same rank or above.",
        "Every message sent or received is saved in full with its time, and the record is"
        " sealed at the end of each day so that it can be produced in court without a gap.",
        "(1) A child who is identified during the operation is referred to the child"
        " protection team on the same day.",
        "(2) The referral is recorded in the case log with its time.",
    ]


def test_an_answer_from_a_wrapped_line_is_one_line(project: Path) -> None:
    """A name wrapped over two lines in the source ("... Centre\\nfor Missing ...") is asked
    as one line: a learner cannot type a line break, and a player shows none."""
    (project / "sources" / "wrapped.txt").write_text(
        "Victim identification update\n\n"
        "Investigators who analyse images and videos to identify child victims use the\n"
        "International Child Sexual\n"
        "Exploitation (ICSE) database, which INTERPOL hosts and which held more than\n"
        "4.9 million images and videos in 2023.\n",
        encoding="utf-8",
    )
    result = run("draft", "sources/wrapped.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "International Child Sexual\nExploitation" not in audit
    found = []
    for module in modules_in(project / "drafts").values():
        for q in (module.get("quiz") or {}).get("questions") or []:
            texts = q.get("answers", []) + [o["text"] for o in q.get("options", [])]
            assert not any("\n" in t for t in texts), q
            found += [t for t in texts if t.startswith("International Child")]
    assert "International Child Sexual Exploitation" in found or (
        "**Answer:** International Child Sexual Exploitation" in audit
    )
    assert run("validate", "drafts").exit_code == 0
