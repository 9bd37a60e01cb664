"""Regenerate the PDF and DOCX texts of the drafting corpus from their sources here.

Why a script: the corpus must contain real PDF and DOCX files (the formats authors bring),
made from our own texts, and anyone must be able to check that the committed binaries say
exactly what the sources in this folder say. The output is deterministic on one machine:
fixed document dates (from the sources, also given to the font subsetter as
``SOURCE_DATE_EPOCH``), fixed ZIP entry times for DOCX, no random identifiers.

Run from the repository root (needs the dev tools: WeasyPrint, a runtime dependency, and
python-docx, ``pip install python-docx``)::

    .venv/bin/python tests/data/draft-corpus/generator/make_corpus.py

Each other set keeps a ``make.py`` of its own beside its sources in ``generator/<set>/``,
which holds only the set's data (its files and their publishers, with author, revision and
last editor) and hands it to :func:`make_held_out`; run it the same way::

    .venv/bin/python tests/data/draft-corpus/generator/held-out-16/make.py

It is a development script, not part of the test suite; the tests read the committed files.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent

# source file in this folder -> (corpus file, fixed document date)
PDFS = {
    "public-protection-annual-report.html": "tune/public-protection-annual-report.pdf",
    "online-exploitation-training-programme-report.html":
        "held-out/online-exploitation-training-programme-report.pdf",
    "sex-offender-management-inspection.html": "tune/sex-offender-management-inspection.pdf",
}
DOCXS = {
    "regional-specialists-meeting-report.docx.md":
        ("tune/regional-specialists-meeting-report.docx", dt.datetime(2022, 12, 16, 9, 0)),
    "notification-requirements-handbook.docx.md":
        ("held-out/notification-requirements-handbook.docx", dt.datetime(2023, 9, 1, 9, 0)),
    "online-coercion-safeguarding-procedure.docx.md":
        ("tune/online-coercion-safeguarding-procedure.docx", dt.datetime(2024, 6, 12, 9, 0)),
}
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def make_pdf(source: Path, target: Path) -> None:
    """Render our own HTML to a PDF with a text layer (dates come from its dcterms meta).

    Two runs give the same bytes only if nothing reads the clock: the identifier is fixed
    (derived from the source name), and fontTools, which subsets the embedded fonts, stamps
    each font's ``head.modified`` with the time unless ``SOURCE_DATE_EPOCH`` is set; it is
    set here to the document's own date. (Other fonts or another WeasyPrint still give other
    bytes: the committed files are what this script wrote on the machine that made them.)
    """
    import os

    from weasyprint import HTML

    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(_document_epoch(source))
    try:
        HTML(filename=str(source)).write_pdf(target, pdf_identifier=source.name.encode())
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _document_epoch(source: Path) -> int:
    """The HTML's ``dcterms.modified`` (else ``dcterms.created``) as a Unix time; 2020-01-01
    when it has neither, like the DOCX entries' fixed time."""
    text = source.read_text(encoding="utf-8")
    for name in ("dcterms.modified", "dcterms.created"):
        found = re.search(rf'<meta\s+name="{re.escape(name)}"\s+content="([^"]+)"', text)
        if found:
            return int(dt.datetime.fromisoformat(found.group(1)).timestamp())
    return int(dt.datetime(*ZIP_TIME, tzinfo=dt.UTC).timestamp())


def _add_inline(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    """Add text, turning **bold** spans into bold runs."""
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def _table(document, rows: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A Markdown pipe table as a Word table (the separator row is skipped)."""
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows
             if not re.fullmatch(r"\|?[\s:|-]+\|?", r.strip())]
    table = document.add_table(rows=len(cells), cols=len(cells[0]))
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True


def make_docx(source: Path, target: Path, when: dt.datetime, *,
              author: str = "Curriculum test corpus", revision: int = 1,
              last_modified_by: str | None = None) -> None:
    """Build a Word file from a small Markdown subset: #/##/### headings, -, 1. lists, tables.

    ``author``, ``revision`` and ``last_modified_by`` are the core properties a real
    publisher's file would carry (the held-out-2 generator names its fictional body)."""
    import docx

    document = docx.Document()
    lines = source.read_text(encoding="utf-8").splitlines()
    title = lines[0].removeprefix("# ").strip()
    props = document.core_properties
    props.title, props.author = title, author
    if last_modified_by is not None:
        props.last_modified_by = last_modified_by
    props.created = props.modified = props.last_printed = when
    props.revision = revision
    table_rows: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            table_rows.append(line)
            continue
        if table_rows:
            _table(document, table_rows)
            table_rows = []
        if not line.strip():
            continue
        heading = re.match(r"(#{1,3}) (.*)", line)
        if heading:
            document.add_heading(heading.group(2).strip(), level=len(heading.group(1)))
        elif line.startswith("- "):
            _add_inline(document.add_paragraph(style="List Bullet"), line[2:].strip())
        elif re.match(r"\d+\. ", line):
            _add_inline(document.add_paragraph(style="List Number"),
                        line.split(" ", 1)[1].strip())
        else:
            _add_inline(document.add_paragraph(), line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(_fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed entry times so the DOCX bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def make_set(sources: Path, target: Path, pdfs: dict[str, str],
             docxs: dict[str, tuple[str, dt.datetime]], *,
             author: str = "Curriculum test corpus", revision: int = 1,
             last_modified_by: str | None = None) -> None:
    """Write one set's PDF and DOCX files from their sources (every corpus set's generator
    calls this, so all of them are made the same way)."""
    for name, rel in pdfs.items():
        make_pdf(sources / name, target / rel)
        print(f"wrote {rel}")
    for name, (rel, when) in docxs.items():
        make_docx(sources / name, target / rel, when, author=author, revision=revision,
                  last_modified_by=last_modified_by)
        print(f"wrote {rel}")


Publisher = tuple[str, int, str | None, dict[str, str], dict[str, tuple[str, dt.datetime]]]
"""A set's fictional publisher: its name (in its DOCX files' core properties; a PDF's author
comes from its HTML's meta), its DOCX revision, its last editor (None: the publisher; "":
python-docx's template's, as a writer who set none left it), its PDFs (source -> file) and its
DOCXs (source -> file and document date)."""


def make_held_out(script: str, publishers: Iterable[Publisher]) -> int:
    """All of a set's ``make.py`` past its data: its sources sit beside the script, in
    ``generator/<set>/``, and its files go to ``<corpus>/<set>/``, each publisher's in turn;
    the publisher is also the last to modify a DOCX unless a person is named (a real Word
    file often names one)."""
    sources = Path(script).resolve().parent
    for author, revision, editor, pdfs, docxs in publishers:
        make_set(sources, CORPUS / sources.name, pdfs, docxs, author=author,
                 revision=revision,
                 last_modified_by=author if editor is None else editor or None)
    return 0


def main() -> int:
    make_set(HERE, CORPUS, PDFS, DOCXS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
