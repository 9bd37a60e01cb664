"""Reading a source document: refusals, decoding, extraction, metadata, markup stripping.

Everything an author can hand the tool by mistake (an image, a binary file, a file in
another encoding, an empty or enormous file, an encrypted or damaged PDF or Word file)
becomes a located, plain-words error, never a traceback. PDF and DOCX files are read
into Markdown text (``pdf_text.py``, ``docx_text.py``) that the drafts cite instead:
it is written beside them. Offsets are Unicode code points from the start of the text
the drafts cite (a byte-order mark, if any, is code point 0) and never shift: see
``normalise.py``.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.diagnostics import SourceLocation, error
from curriculum.draft.captions import extract_captions, is_captions
from curriculum.draft.extracted import MAX_BINARY_BYTES, Extracted
from curriculum.draft.footnotes import Footnote
from curriculum.draft.frontmatter import Metadata, read_metadata
from curriculum.draft.markup import (
    MARKUP,
    PADDING,
    VISIBLE,
    strip_html,
    strip_markdown,
    strip_text,
)
from curriculum.draft.normalise import normalise
from curriculum.draft.tables import Table
from curriculum.errors import ContentError, UsageError

MAX_SOURCE_BYTES = 2 * 1024 * 1024
"""A larger file is a book, not a source article (and would take minutes to parse)."""

_IMAGE_SUFFIXES_TEXT = (
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .heic .heif .avif .svg .ico .jfif"
)
IMAGE_SUFFIXES = frozenset(_IMAGE_SUFFIXES_TEXT.split())
_IMAGE_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"\x00\x00\x01\x00",
)
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACES = re.compile(r"\s+")
_HIDDEN = re.compile(b"[^" + re.escape(bytes([VISIBLE])) + b"]+")
"""A run of markup or padding in a mask (any byte but ``VISIBLE``)."""


@dataclass(frozen=True)
class Origin:
    """The binary file a text was extracted from: what the source entry records."""

    rel: str
    """Project-relative path of the PDF, DOCX or caption file."""
    sha256: str
    fmt: str
    """``pdf``, ``docx`` or ``captions``."""


@dataclass
class SourceDoc:
    """One source text: the raw text (for quotes), the text the rules read, and where.

    For a PDF or DOCX, ``path`` is the original file (errors point at it), while ``rel``,
    ``raw`` and ``sha256`` are those of the extracted text the drafts cite, and
    ``origin`` records the original.
    """

    path: Path
    rel: str
    raw: str
    text: str
    mask: bytes
    sha256: str
    kind: str
    notes: list[tuple[int, str]] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    meta: Metadata = field(default_factory=Metadata)
    """Front matter, header block or HTML head: metadata, never sentences."""
    tables: list[Table] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    heading_starts: frozenset[int] = frozenset()
    """Line starts the format marks as headings without a ``#`` (setext underlines)."""
    asides: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of an HTML page's side boxes (``<aside>`` read as text): a heading inside
    one titles the box only, and the text after the box is under the heading before it."""
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    """A line-numbered transcript's page breaks (``margins.py``): the blank lines and the
    page header between them do not end the paragraph they fall in."""
    origin: Origin | None = None
    page_starts: list[int] = field(default_factory=list)
    """Offset where each page starts (PDF only): page ``n`` starts at ``[n - 1]``."""
    _displayed: dict[tuple[int, int], str] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    """``display`` by span: cleaning shows each line to several readers (labels, headings,
    headers), and on a long text the repeats cost more than the rest of the reading."""

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset (\\n, \\r\\n and \\r all end a line)."""
        return bisect.bisect_right(self.line_starts, offset)

    @property
    def line_count(self) -> int:
        """Lines as an editor counts them: a final line break does not start another."""
        starts = len(self.line_starts)
        return starts - 1 if starts > 1 and self.line_starts[-1] == len(self.raw) else starts

    def page_of(self, offset: int) -> int | None:
        """1-based PDF page of an offset; None for documents without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    @property
    def file_sha256(self) -> str:
        """The hash of the file at ``path`` (the original, for an extracted text)."""
        return self.origin.sha256 if self.origin is not None else self.sha256

    def display(self, start: int, end: int) -> str:
        """What learners read: markup as spaces, entity tails dropped, spacing collapsed."""
        shown = self._displayed.get((start, end))
        if shown is None:
            shown = self._displayed[start, end] = self._display(start, end)
        return shown

    def _display(self, start: int, end: int) -> str:
        if self.mask.count(VISIBLE, start, end) == end - start:  # no markup: the fast path
            return _SPACES.sub(" ", self.text[start:end]).strip()
        chars = [
            " " if m == MARKUP else c
            for c, m in zip(self.text[start:end], self.mask[start:end], strict=True)
            if m != PADDING
        ]
        return _SPACES.sub(" ", "".join(chars)).strip()

    def shown(self, start: int = 0, end: int | None = None) -> str:
        """``text[start:end]`` with markup and padding as spaces, the same length (offsets
        stay the file's). Runs of hidden characters are found in the mask at C speed: a
        character loop over a whole 2 MB text cost the draft seconds."""
        end = len(self.text) if end is None else end
        pieces: list[str] = []
        at = start
        for hidden in _HIDDEN.finditer(self.mask, start, end):
            pieces += [self.text[at : hidden.start()], " " * (hidden.end() - hidden.start())]
            at = hidden.end()
        return "".join([*pieces, self.text[at:end]])

    def citeable(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` holds no markup, so its raw slice reads as prose."""
        return all(m == VISIBLE for m in self.mask[start:end])

    def quote_span(
        self, start: int, end: int, core: tuple[int, int] | None = None
    ) -> tuple[int, int]:
        """The longest markup-free part of a sentence that still holds ``core``.

        Plain text is all citeable, so the sentence itself comes back. When markup sits
        inside the sentence (a link, ``<em>``), the quote shrinks to the clean stretch
        around the answer; when the answer itself spans markup, or the clean stretch is
        less than half a sentence whose only markup is emphasis, the raw sentence is quoted
        as it stands (still verbatim, still checkable).
        """
        if start < end < len(self.mask) and self.mask[end] == PADDING:
            head = end
            while head > start and self.mask[head - 1] == PADDING:
                head -= 1
            if head > start and self.raw[head - 1] == "&":
                end = head - 1  # the sentence stops on an entity's first character ("of&"
                # of "of&mdash;", a lead-in's dash): the quote ends before the entity; a
                # hidden tag after it ("Convention<sup>3</sup>") leaves the word whole
            while end > start and self.raw[end - 1].isspace():
                end -= 1
        if self.citeable(start, end):
            return start, end
        lo, hi = core if core is not None else (start, start)
        if not self.citeable(lo, hi):
            return self._opened(start, end), end
        left = lo
        while left > start and self.mask[left - 1] == VISIBLE:
            left -= 1
        right = hi
        while right < end and self.mask[right] == VISIBLE:
            right += 1
        entity = right < end and self.mask[right] == PADDING and self.raw[right - 1] == "&"
        if entity and right > hi:
            right -= 1  # never end inside an entity ("of&" of "of&mdash;"): drop its
            # first character too, so the quote ends on whole words (a footnote marker or
            # an editor's note hidden after a word leaves the word whole)
        left, right = _trim(self.raw, left, right)
        if right - left < max(hi - lo, 1) + 12:  # too little context: quote it whole
            return self._opened(start, end), end
        if 2 * (right - left) < end - start and self._emphasis_only(start, end):
            return self._opened(start, end), end  # "within 4 hours" of a sentence whose
            # rule is in bold: the whole sentence, its emphasis marks and all, still reads
            # as the source
        return left, right

    def _opened(self, start: int, end: int) -> int:
        """Where a raw quote of ``[start, end)`` starts so that an inline element it closes
        is opened in it too: a list step whose first words are bold ("<strong>Refer to the
        unit within 24 hours</strong> of the report") starts as a sentence at "Refer", and
        quoted from there it would carry a stray "</strong>". The start moves back over
        the hidden opening tag (or Markdown's "**") just before it; else it stays."""
        before = start
        while before > 0 and self.mask[before - 1] != VISIBLE and self.raw[before - 1] != "\n":
            before -= 1
        if before == start:
            return start
        lead, quoted = self.raw[before:start], self.raw[start:end]
        for tag in _CLOSING.findall(quoted):
            opening = _opening_tag(tag).search(lead)
            if opening is not None and not _opening_tag(tag).search(quoted.split(f"</{tag}")[0]):
                return before + opening.start()
        for mark in ("**", "__"):
            if lead.endswith(mark) and quoted.count(mark) % 2:
                return start - len(mark)
        return start

    def _emphasis_only(self, start: int, end: int) -> bool:
        """The sentence's only markup is emphasis or code marks (``**``, ``_``, a
        backtick) or inline HTML tags (``<strong>``: hidden with no space, ``PADDING``):
        quoted raw it still reads as prose, unlike a table row or a block tag."""
        return all(
            self.raw[i] in "*_`" or self.raw[i].isspace() or self.mask[i] == PADDING
            for i in range(start, end)
            if self.mask[i] != VISIBLE
        )


_CLOSING = re.compile(r"</([A-Za-z][A-Za-z0-9]*)\s*>")


def _opening_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"<{re.escape(name)}\b[^>]*>", re.I)


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not raw[start].isalnum() and raw[start] not in "\"'(\u201c\u2018":
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def read_source(path: Path, root: Path, extract_to: Path | None = None) -> SourceDoc:
    """Read ``path`` (inside the project ``root``) into a :class:`SourceDoc`.

    A PDF or DOCX is read into Markdown text meant to be written at ``extract_to``
    (default: beside the original, ``<name>.md``); the document cites that path.

    Raises:
        UsageError: the file is missing or outside the project, or ``extract_to`` is.
        ContentError: the file is an image, binary, not UTF-8, empty or too large, or a
            PDF or DOCX that is encrypted, damaged or holds no text.
    """
    rel = _project_relative(path, root)
    data = _read_bytes(path)
    here = SourceLocation(path)
    binary = _binary_format(path, data)
    if binary is not None:
        return _extracted_document(path, root, rel, data, binary, extract_to)
    refusal = _refusal(path, data)
    if refusal is not None:
        message, code = refusal
        raise ContentError(f"cannot draft from {path.name}", [error(message, here, code)])
    raw = _decode(data, path)
    if not raw.strip():
        message = "source is empty (nothing but white space); nothing to draft from"
        raise ContentError(f"cannot draft from {path.name}", [error(message, here, "draft-empty")])
    if is_captions(path, raw):
        return _cited_extract(path, root, rel, data, extract_captions(path, raw), extract_to)
    return _document(path, rel, raw, hashlib.sha256(data).hexdigest())


def _binary_format(path: Path, data: bytes) -> str | None:
    """``pdf`` or ``docx`` when the bytes (or, for a protected Word file, the name) say so."""
    from curriculum.draft.docx_text import is_ole

    if data.startswith(b"%PDF") or (path.suffix.lower() == ".pdf" and b"%PDF" in data[:1024]):
        return "pdf"
    if path.suffix.lower() in (".docx", ".docm", ".dotx") and (
        data.startswith(b"PK\x03\x04") or is_ole(data)
    ):
        return "docx"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return "docx"
    return None


def _extracted_document(
    path: Path, root: Path, rel: str, data: bytes, fmt: str, extract_to: Path | None
) -> SourceDoc:
    if fmt == "pdf":
        from curriculum.draft.pdf_text import extract_pdf

        extracted = extract_pdf(path, data)
    else:
        from curriculum.draft.docx_text import extract_docx

        extracted = extract_docx(path, data)
    return _cited_extract(path, root, rel, data, extracted, extract_to)


def _cited_extract(
    path: Path, root: Path, rel: str, data: bytes, extracted: Extracted, extract_to: Path | None
) -> SourceDoc:
    """The extracted text as the document the drafts cite, written at ``extract_to``
    (default: beside the original); the original is recorded as its origin."""
    _check_extracted_size(path, extracted)
    target = extract_to if extract_to is not None else path.with_name(path.name + ".md")
    text_rel = _inside_project(target, root)
    encoded = extracted.text.encode("utf-8")
    doc = _document(target, text_rel, extracted.text, hashlib.sha256(encoded).hexdigest())
    doc.path = path
    doc.kind = "markdown"
    doc.origin = Origin(rel, hashlib.sha256(data).hexdigest(), extracted.fmt)
    doc.page_starts = extracted.page_starts
    doc.notes = sorted(doc.notes + extracted.notes)
    return doc


def _check_extracted_size(path: Path, extracted: Extracted) -> None:
    size = len(extracted.text.encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        message = (
            f"the text of this {extracted.fmt.upper()} is {size / 1048576:.1f} MB; drafting "
            f"reads at most {MAX_SOURCE_BYTES // 1048576} MB per source (split it into chapters)"
        )
        raise ContentError(
            f"cannot draft from {path.name}",
            [error(message, SourceLocation(path), "draft-too-large")],
        )


def _inside_project(target: Path, root: Path) -> str:
    relative = os.path.relpath(target.resolve(), root.resolve())
    if relative.startswith(".."):
        raise UsageError(
            f"the text extracted from a PDF or Word file is written beside the drafts, at "
            f"{target}, which is outside the project {root}; give an --out folder inside the "
            "project, so drafts can cite it by a project-relative path"
        )
    return Path(relative).as_posix()


def _document(path: Path, rel: str, raw: str, digest: str) -> SourceDoc:
    text = normalise(raw)
    kind = _kind(path, text)
    meta = read_metadata(text, kind)
    stripper = {"markdown": strip_markdown, "html": strip_html}.get(kind)
    stripped = stripper(text) if stripper is not None else strip_text(text, raw)
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(raw)]
    outside = [t for t in stripped.tables if not meta.covers(t.start)]
    return SourceDoc(
        path,
        rel,
        raw,
        "".join(stripped.text),
        bytes(stripped.mask),
        digest,
        kind,
        stripped.notes,
        starts,
        meta=meta,
        tables=outside,
        footnotes=[n for n in stripped.footnotes if not meta.covers(n.start)],
        heading_starts=frozenset(h for h in stripped.headings if not meta.covers(h)),
        asides=stripped.asides,
        page_breaks=stripped.page_breaks,
    )


def _kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES or re.match(r"\s*<(!doctype html|html)\b", text[:512], re.I):
        return "html"
    return "text"


def _project_relative(path: Path, root: Path) -> str:
    if not path.exists():
        raise UsageError(f"no such source file: {path}")
    if not path.is_file():
        raise UsageError(f"{path} is not a file; give source files (a shell glob works)")
    relative = os.path.relpath(path.resolve(), root.resolve())
    if relative.startswith(".."):
        raise UsageError(
            f"{path} is outside the project {root}; copy it into the sources folder first, "
            "so drafts can cite it by a project-relative path"
        )
    return Path(relative).as_posix()


def _read_bytes(path: Path) -> bytes:
    here = SourceLocation(path)
    try:
        size = path.stat().st_size
        binary = path.suffix.lower() in (".pdf", ".docx", ".docm", ".dotx")
        if size > (MAX_BINARY_BYTES if binary else MAX_SOURCE_BYTES):
            message = (
                f"source is {size / 1048576:.1f} MB; drafting reads at most "
                f"{(MAX_BINARY_BYTES if binary else MAX_SOURCE_BYTES) // 1048576} MB per file "
                "(split it into chapters)"
            )
            raise ContentError(
                f"cannot draft from {path.name}", [error(message, here, "draft-too-large")]
            )
        return path.read_bytes()
    except OSError as exc:
        message = f"cannot read file: {exc.strerror}"
        raise ContentError(
            f"cannot draft from {path.name}", [error(message, here, "draft-unreadable")]
        ) from None


def _refusal(path: Path, data: bytes) -> tuple[str, str] | None:
    head = data[:64]
    is_webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    is_svg = re.match(rb"\s*(<\?xml[^>]*>\s*)?<svg\b", head, re.I) is not None
    if (
        path.suffix.lower() in IMAGE_SUFFIXES
        or head.startswith(_IMAGE_MAGIC)
        or is_webp
        or is_svg
        or re.match(rb"\x00\x00\x00.ftyp(heic|heix|avif|mif1)", head)
    ):
        return (
            "image files are refused: this curriculum holds no images of children and the "
            "draft tool reads text only (content brief, safety rule 6.3)",
            "draft-image-refused",
        )
    if head.startswith(b"PK\x03\x04"):
        return (
            "this is a ZIP-based file that is not a Word document (ODT, EPUB, XLSX?); save "
            "it as .docx, .txt, .md or .html",
            "draft-binary",
        )
    return None


def _decode(data: bytes, path: Path) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        message = "this is a binary file, not text (it contains NUL bytes)"
        raise ContentError(
            f"cannot draft from {path.name}",
            [error(message, _byte_loc(data, nul, path), "draft-binary")],
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        message = f"source is not valid UTF-8 (byte 0x{bad}); save it as UTF-8"
        raise ContentError(
            f"cannot draft from {path.name}",
            [error(message, _byte_loc(data, exc.start, path), "draft-encoding")],
        ) from None


def _byte_loc(data: bytes, offset: int, path: Path) -> SourceLocation:
    line_start = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    line = len(_LINE_BREAK.findall(data[:offset].decode("utf-8", "replace"))) + 1
    col = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return SourceLocation(path, line, col)
