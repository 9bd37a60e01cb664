"""Reading sources: offsets never move, and every bad input is a located error."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import run
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.draft.normalise import normalise
from curriculum.draft.reading import MAX_SOURCE_BYTES, read_source
from curriculum.errors import ContentError, UsageError

TRICKY = "\u201c\u201d\u2018\u2019\u2013\u2014\u00a0\u200b\ufeff\u0661\u0662\u066c\u060c\t\r\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=200))
def test_normalising_never_changes_the_length(text: str) -> None:
    assert len(normalise(text)) == len(text)


def test_offsets_are_code_points_of_the_file_with_crlf_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    text = "\ufeffTitle line\r\n\r\nThe \u201cICSE\u201d database \u2013 Lyon.\r\n"
    path.write_bytes(text.encode())
    doc = read_source(path, tmp_path)
    start = doc.raw.index("The")
    assert doc.raw[0] == "\ufeff" and len(doc.text) == len(doc.raw)
    assert doc.line_of(start) == 3
    assert doc.text[start : start + 26] == 'The "ICSE" database - Lyon'
    assert doc.raw[start : start + 26] == "The \u201cICSE\u201d database \u2013 Lyon"


def test_arabic_indic_digits_read_as_ascii_digits(tmp_path: Path) -> None:
    path = tmp_path / "date.txt"
    arabic = "\u0662\u0669 \u0646\u0648\u0641\u0645\u0628\u0631\u060c \u0662\u0660\u0661\u0668"
    path.write_text(arabic + "\n", "utf-8")
    assert read_source(path, tmp_path).text.startswith("29 ")


@pytest.mark.parametrize(
    ("name", "data", "code", "line", "words"),
    [
        ("empty.txt", b"", "draft-empty", 0, "source is empty"),
        ("blank.md", b"  \n\n\t\n", "draft-empty", 0, "source is empty"),
        ("binary.txt", b"first line\nsecond\x00line\n", "draft-binary", 2, "binary file"),
        ("latin1.txt", b"ok\nstill ok\ncaf\xe9 au lait\n", "draft-encoding", 3, "not valid UTF-8"),
        ("photo.png", b"text, named like an image", "draft-image-refused", 0, "image files"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(20), "draft-image-refused", 0, "image files"),
        ("scan.txt", b"\xff\xd8\xff\xe0" + bytes(20), "draft-image-refused", 0, "image files"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "draft-image-refused", 0,
         "image files"),
        ("report.pdf", b"%PDF-1.7\n%binary", "draft-pdf-damaged", 0, "PDF cannot be read"),
        ("letter.docx", b"PK\x03\x04" + bytes(30), "draft-docx-damaged", 0, "damaged"),
    ],
)
def test_bad_inputs_are_located_errors(
    tmp_path: Path, name: str, data: bytes, code: str, line: int, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        read_source(path, tmp_path)
    (diag,) = caught.value.diagnostics
    assert diag.code == code and words in diag.message
    assert diag.location.path == path and diag.location.line == line


def test_non_utf8_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"ok\nstill ok\ncaf\xe9 au lait\n")
    with pytest.raises(ContentError) as caught:
        read_source(path, tmp_path)
    assert caught.value.diagnostics[0].format(tmp_path) == (
        "latin1.txt:3:4: error: source is not valid UTF-8 (byte 0xe9); save it as UTF-8 "
        "[draft-encoding]"
    )


def test_a_huge_source_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)  # sparse: nothing is written to disk
    with pytest.raises(ContentError) as caught:
        read_source(path, tmp_path)
    assert caught.value.diagnostics[0].code == "draft-too-large"
    assert "at most 2 MB" in caught.value.diagnostics[0].message


def test_sources_outside_the_project_or_missing_are_usage_errors(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("Some text here.", "utf-8")
    (tmp_path / "proj").mkdir()
    with pytest.raises(UsageError, match="outside the project"):
        read_source(outside, tmp_path / "proj")
    with pytest.raises(UsageError, match="no such source file"):
        read_source(tmp_path / "proj" / "missing.txt", tmp_path / "proj")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "sources/empty.txt: error: source is empty"),
        ("binary.txt", b"a\nb\x00", "sources/binary.txt:2:2: error: this is a binary file"),
        ("bad.md", b"# T\n\xff\xfe", "sources/bad.md:2:1: error: source is not valid UTF-8"),
        ("child.jpg", b"\xff\xd8\xff\xe0", "sources/child.jpg: error: image files are refused"),
    ],
)
def test_the_command_prints_located_errors_without_a_traceback(
    project: Path, name: str, data: bytes, expected: str
) -> None:
    (project / "sources" / name).write_bytes(data)
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output
    assert not (project / "drafts").exists()


def test_a_huge_source_through_the_command(project: Path) -> None:
    path = project / "sources" / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)
    result = run("draft", "sources/huge.txt", "--out", "drafts")
    assert result.exit_code == 1
    assert "sources/huge.txt: error: source is 2.0 MB; drafting reads at most 2 MB" in result.output


def test_shown_keeps_offsets_and_puts_spaces_for_markup(tmp_path: Path) -> None:
    """``SourceDoc.shown`` (what cue and speaker-key readers scan) is the text with every
    hidden character a space, the same length, for the whole text or a slice."""
    from curriculum.draft.markup import VISIBLE

    path = tmp_path / "notes.md"
    path.write_text("# Duty desk\n\nThe **night** desk opens at [ten](https://x.test).\n",
                    "utf-8")
    doc = read_source(path, tmp_path)
    by_char = "".join(c if m == VISIBLE else " " for c, m in zip(doc.text, doc.mask, strict=True))
    assert doc.shown() == by_char and len(by_char) == len(doc.text)
    start = doc.text.index("The")
    assert doc.shown(start, start + 16) == "The   night   de"
    assert doc.display(start, start + 16) == doc.display(start, start + 16) == "The night de"


def test_a_latin_line_is_never_read_as_foreign() -> None:
    from curriculum.draft.normalise import is_non_latin

    assert not is_non_latin("Report date: 4 May")
    assert not is_non_latin("Caf\u00e9 opening: 4 May")
    assert is_non_latin("\u0627\u0644\u062a\u0642\u0631\u064a\u0631 4 May")
