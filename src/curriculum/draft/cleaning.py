"""Lines to blocks: classify every line, drop noise and repeats, join wrapped lines.

Each line gets one kind (blank, metadata, noise, duplicate, repeat, title, dateline,
heading, table, footnote, bullet, caption, para). Front matter is metadata, never text.
Scraped articles repeat every photo caption twice, so a line doubled by its neighbour
is a caption: the copy is dropped and the first kept as a caption. A short title-case
line with no final punctuation that opens a block and is followed by a paragraph is a
heading, even with no blank line after it, so it is never fused into the next sentence.
Table rows become ``row`` blocks that carry their column headers, and footnote texts
``footnote`` blocks labelled with their marker. Consecutive paragraph lines are joined
into one block (hard-wrapped text), because a sentence splitter would otherwise end a
sentence at every line break. Every line that is dropped is recorded for the audit
file with its reason.
"""

from __future__ import annotations

import bisect
import itertools
import re

from curriculum.draft import contents
from curriculum.draft.capital_heads import split_heads
from curriculum.draft.cues import Cues, find_cues
from curriculum.draft.dates import parse_dateline
from curriculum.draft.frontmatter import EVENTS, ISSUED, KEY_VALUE, event_phrase, issued_phrase
from curriculum.draft.head import (
    PERIOD,
    banner_line,
    control_line,
    date_from,
    date_tail,
    head_line,
    labelled_parts,
    metadata_line,
    several_items,
    subtitle,
    wraps_on,
)
from curriculum.draft.headings import SMALL_WORDS
from curriculum.draft.layout import Structure, label_block, label_lines, plain_headings, table_rows
from curriculum.draft.lines import Block, Cleaned, Dropped, Line, raw_line, split_lines, visible
from curriculum.draft.normalise import is_non_latin
from curriculum.draft.reading import SourceDoc

__all__ = ["Block", "Cleaned", "Dropped", "Line", "clean", "raw_line", "split_lines"]

_BULLET = re.compile(
    r"^[ \t]*(?:(?:[\u2022\u00b7\u25aa\u2023\u25e6\u2043*+-]|\d{1,2}[.)]|[a-z][.)]"
    r"|[A-PR-Z]\d{1,2}[.)]|\([a-z]\)|\([ivx]{1,4}\))[ \t]+(?:\[[ xX]\][ \t]+)?"
    r"|[\u2610\u2611\u2612\u25a1][ \t]*"
    r"|\[[ xX]\][ \t]+(?=\S))"
)
"""A list item's marker: a bullet, a number or letter, an exam's part ("A2.", "B1)"; a
"Q3." is a question, ``layout.question_heading``), a Markdown task box ("- [ ]"), a
checkbox glyph ("\u2610 Check ...") or a plain text box ("[ ] PPU-1 on file"): a checklist
is a list, and its boxes are not text."""
_PARA_NUMBER = re.compile(
    r"^[ \t]*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,2}(?:\.\d{1,2})+\.?"
    r"|\u00a7{1,2}[ \t]*\d{1,3}(?:\.\d{1,2})*|A(?:nswer)?:)[ \t]+(?=\S)"
)
"""A paragraph's own number ("1.1", "[12]", "(3)", "§ 4"), or an FAQ's "A:" before its
answer: a locator, not part of its first sentence. Left in, it reads as a heading fused
into the sentence or is asked as a figure."""
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
PHRASE_WORDS = 30
"""A longer line is a paragraph of prose, not a head line that says when it was issued."""
MAX_HEAD_LINES = 8
"""The title and date line are looked for among the first content lines only."""


def clean(doc: SourceDoc) -> Cleaned:
    """Classify lines, then group the kept ones into blocks."""
    lines = split_lines(doc)
    out = Cleaned([], [], lines=lines)
    if doc.meta.title:
        out.title = doc.meta.title
        out.title_line = doc.line_of(doc.meta.fields[0].offset) if doc.meta.fields else None
    if doc.meta.date is not None:
        out.doc_date, out.date_text = doc.meta.date, doc.meta.date_text
        out.date_source, out.date_rank = "front matter", doc.meta.date_rank
        field = next((f for f in doc.meta.fields if f.value == doc.meta.date_text), None)
        out.date_line = doc.line_of(field.offset) if field is not None else None
    _classify(doc, lines, out)
    _bare_numbers(doc, lines)
    label_lines(doc, lines)
    plain_headings(doc, lines)
    contents.mark(doc, lines, out)  # a table of contents: entries and page numbers
    cues = find_cues(doc, lines)
    out.speakers = cues.key
    for line in lines:
        cue = cues.at.get(line.start)
        if cue is not None and cue.alone:
            reason = "cue label: says who speaks or what the text under it is, not a sentence"
            _drop(out, line, "cue", reason, raw_line(doc, line))
        elif cue is not None:
            line.kind = "para"  # a short turn ("CO: No.") is no "Label: value" pair
    out.blocks = _blocks(doc, lines, cues)
    split_heads(doc, out)  # "RISK ASSESSMENT Detainees under 18 must ...": its heading
    return out


def _issued_phrase(shown: str, line: Line, out: Cleaned) -> None:
    """Near the top, "Published: 27 February 2025" or "approved at meeting no. 8 (2 April
    2025)" inside a longer line still dates the document; so, ranked below an issue date,
    does the meeting a record reports ("Held on Wednesday 5 March 2025, 10:00 ...") or a
    bill's reading ("First reading: 19 May 2025"). The line itself is judged as usual. A
    paragraph of prose (over 30 words) tells of other texts ("The Guidelines, adopted by
    the Council on 22 July 2005, set ..."): its dates are not the document's."""
    if out.date_rank > ISSUED and len(shown.split()) <= PHRASE_WORDS:
        date_from(out, issued_phrase(shown), shown, line, "publication phrase")
    if out.date_rank > EVENTS and len(shown.split()) <= PHRASE_WORDS:
        date_from(out, event_phrase(shown), shown, line, "meeting phrase", EVENTS)


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _classify(doc: SourceDoc, lines: list[Line], out: Cleaned) -> None:
    seen: dict[str, Line] = {}
    previous: Line | None = None
    content_index = 0
    tails: dict[int, int] = {}  # a line that only ends a date cut at a wrap -> the line above
    structure = Structure(doc)
    mail = _first_mail_header(doc, lines)
    for number, line in enumerate(lines):
        text = line.content(doc)
        if doc.meta.covers(line.start) or doc.meta.covers(line.end - 1):
            metadata_line(doc, line, out)
            continue
        if structure.claim(line, out):
            previous = None
            continue
        shown = doc.display(line.start, line.end)
        if not shown:
            line.kind = "blank"
            continue
        key = _key(shown)
        written = raw_line(doc, line)
        if mail is not None and _mail_line(doc, lines, number, out, written, mail):
            previous = line
            continue
        following = doc.display(*_span(lines[number + 1])) if number + 1 < len(lines) else ""
        tail = date_tail(shown, following)
        if tail and tail == following.strip():
            tails[number + 1] = line.number
        if number in tails:
            reason = f"the end of the date on line {tails[number]} (cut at a line wrap)"
            _drop(out, line, "dateline", reason, written)
        elif sum(len(w) for w in _WORD.findall(shown)) < 2 and not _ends_wrapped(
            doc, lines, number
        ):
            _drop(out, line, "noise", "noise: fewer than two letters", written)
        elif previous is not None and _key(doc.display(previous.start, previous.end)) == key:
            _drop(out, line, "duplicate", f"duplicate of line {previous.number}", written)
            if previous.kind == "para":
                previous.kind = "caption"
        elif key in seen and len(shown.split()) >= 4:
            _drop(out, line, "repeat", f"repeats line {seen[key].number}", written)
        elif previous is not None and _header_goes_on(doc, previous, lines[number:]):
            reason = f"the rest of the header line {previous.number} (cut at a line wrap)"
            _drop(out, line, "metadata", reason, written)
        else:
            content_index += 1
            index = content_index
            if index <= 2 and wraps_on(doc, shown, lines[number + 1 :]):
                index = 3  # a wrapped paragraph's first line is not a title or subtitle
            if index > MAX_HEAD_LINES and _header_block_goes_on(doc, previous, shown):
                index = MAX_HEAD_LINES  # the ninth line of a letter's header block
            if any(s <= line.start < e for s, e in doc.asides):
                index = MAX_HEAD_LINES + 1  # a side box's "Staff: 31" is text, not metadata
            wraps = number + 1 < len(lines) and _cut_at_wrap(doc, shown, lines[number + 1])
            _kind_of(doc, line, (text, shown, written), index, out, tail, wraps)
            seen.setdefault(key, line)
        if line.kind not in ("blank",):
            previous = line


_MAIL_HEADER = re.compile(
    r"^[ \t]*(?P<quote>>[> \t]*)?(?P<key>From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)[ \t]*:"
    r"[ \t]*(?P<value>\S.*)$", re.I
)
_QUOTED = re.compile(r"^[ \t]*>")


def _first_mail_header(doc: SourceDoc, lines: list[Line]) -> int | None:
    """The index of a plain text's first e-mail header line, if it has one."""
    if doc.kind != "text":
        return None
    return next((i for i, ln in enumerate(lines) if _MAIL_HEADER.match(raw_line(doc, ln))), None)


def _mail_block(doc: SourceDoc, lines: list[Line], number: int) -> bool:
    """The header line ``number`` is one of a block of two or more with a "From:" line: a
    message's header (a transcript's "Subject:" over "Date:" is its own head, not a
    message's)."""
    keys = []
    for step in (-1, 1):
        n = number if step == 1 else number - 1
        while 0 <= n < len(lines) and (found := _MAIL_HEADER.match(raw_line(doc, lines[n]))):
            keys.append(found.group("key").lower())
            n += step
    return len(keys) >= 2 and "from" in keys


def _mail_line(doc: SourceDoc, lines: list[Line], number: int, out: Cleaned, written: str,
               first: int) -> bool:
    """A line of an e-mail thread kept as plain text: a message's header block ("From:",
    "To:", "Date:", "Subject:" lines, two or more together, anywhere in the thread, quoted
    with ">" or not) is metadata, and the first subject is the thread's title; a line quoted
    from an earlier message ("> At 20:31 the hotline received ...", under a reply) is
    that message's text, read where it was written, never a sentence of its own (read as
    one, the quote marks and a quoted header were glued into it)."""
    text = raw_line(doc, lines[number])
    found = _MAIL_HEADER.match(text)
    if found is not None and _mail_block(doc, lines, number):
        lines[number].kind = "metadata"
        if found.group("key").lower() == "subject" and not found.group("quote"):
            subject = re.sub(r"^(?:(?:re|fwd?|aw)\s*:\s*)+", "", found.group("value").strip(),
                             flags=re.I)
            if out.title is None:
                out.title, out.title_line = subject, lines[number].number
            out.subject = out.subject or subject
        out.dropped.append(Dropped(lines[number].number, "e-mail header line: metadata, not "
                                   "text", written))
        return True
    if _QUOTED.match(text) and first < number:
        lines[number].kind = "metadata"
        out.dropped.append(Dropped(lines[number].number, "quoted from an earlier message of "
                                   "the thread: read where it was written", written))
        return True
    return False


def _header_block_goes_on(doc: SourceDoc, previous: Line | None, shown: str) -> bool:
    """A ``Key: value`` line right under a header line of the head: the header block of a
    letter or a decision goes on past the first ``MAX_HEAD_LINES`` lines ("Date of
    decision:   26 November 2025" as its ninth line), and is metadata to its end, not a
    run of rows whose date is lost as the document's."""
    return (previous is not None and previous.kind == "metadata"
            and KEY_VALUE.match(doc.display(previous.start, previous.end)) is not None
            and KEY_VALUE.match(shown) is not None)


def _header_goes_on(doc: SourceDoc, header: Line, rest: list[Line]) -> bool:
    """A line right under a header line whose value its wrap cut mid-clause ("Reporting
    restriction: the child is entitled to anonymity under the" / "Sexual Offences Act
    1992."): the rest of that value, metadata as its first line is, not a sentence. The
    value is cut when it stops on a small word ("the", "of", "to") or on a key with no
    value yet ("Review due:" over "November 2026 ..."), or the next line goes on in lower
    case; a blank line, a heading or another ``Key: value`` line ends it."""
    shown = doc.display(header.start, header.end)
    if header.kind != "metadata" or not (KEY_VALUE.match(shown) or header.reason.startswith(
            "the rest")):
        return False
    if header.number != rest[0].number - 1:
        return False
    if shown.rstrip().endswith(":") and doc.display(rest[0].start, rest[0].end):
        return True  # "... · Review due:" / "November 2026 · ...": the key's value
    return _cut_at_wrap(doc, shown, rest[0]) or _hangs_under(doc, header, rest[0])


def _hangs_under(doc: SourceDoc, header: Line, line: Line) -> bool:
    """``line`` starts, in a plain text, at the very column where the header line's value
    starts ("Subject:  Change to the rules of access to the International Child" over
    "          Exploitation Image Register (ICEIR)"): a typed memo's or a circular's
    hanging indent that lines a wrapped value up under itself. Read as a heading of its
    own, the value's end put the document's sections under "Image Register", and the
    name's "Register" placed them in sex offender management (blind review 15b)."""
    if doc.kind != "text" or header.kind != "metadata":
        return False
    found = KEY_VALUE.match(doc.raw[header.start : header.end].expandtabs())
    following = doc.raw[line.start : line.end].expandtabs()
    if found is None or not following.strip() or KEY_VALUE.match(following):
        return False
    indent = len(following) - len(following.lstrip(" "))
    return indent > 0 and indent == found.start("value")


def _cut_at_wrap(doc: SourceDoc, shown: str, line: Line) -> bool:
    """``line``, right under a line that reads ``shown``, goes on with it: that line
    stops on a small word ("the", "of", "to") or ``line`` goes on in lower case; a blank
    line, a heading or a ``Key: value`` line does not."""
    following = doc.display(line.start, line.end)
    if (not following or not shown.split() or line.start in doc.heading_starts
            or doc.text[line.start:line.end].lstrip().startswith("#")
            or KEY_VALUE.match(following)):
        return False
    return following[0].islower() or shown.split()[-1].lower() in SMALL_WORDS


def _ends_wrapped(doc: SourceDoc, lines: list[Line], number: int) -> bool:
    """A line of figures ("2016.", "75%.") right under a paragraph line or a list item's
    line that stops mid-sentence is that paragraph's or item's end, not noise (a bullet
    wrapped just before its last figure lost the figure)."""
    if number == 0 or lines[number - 1].kind not in ("para", "bullet"):
        return False
    above = doc.display(lines[number - 1].start, lines[number - 1].end)
    shown = doc.display(lines[number].start, lines[number].end)
    return bool(above) and any(c.isdigit() for c in shown) and not re.search(r"[.!?:;]$", above)


_OPEN_BRACKET = re.compile(r"\([^()]*\Z")
"""A line that stops inside a bracket ("Replaces CS-14 (edition of")."""


def _goes_on(doc: SourceDoc, line: Line, shown: str) -> bool:
    """The line finishes the line right above it: it closes a bracket it did not open, or
    the line above stops on an open bracket or a word that wants the next (``_OPEN_WORDS``).
    Its date ("14 June 2021).") is that phrase's (a replaced edition's, a source's), not a
    date line of the document."""
    if shown.count(")") > shown.count("("):
        return True
    above = re.search(r"([^\r\n]*)(?:\r\n|\r|\n)[ \t]*\Z", doc.text[: line.start])
    if above is None or not above.group(1).strip():
        return False
    last = above.group(1).split()[-1].lower()
    return _OPEN_BRACKET.search(above.group(1)) is not None or last in _OPEN_WORDS | {"dated"}


def _alone(doc: SourceDoc, line: Line) -> bool:
    """A blank line (or the text's edge) on both sides of the line."""
    before = re.search(r"(?:\A|(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n))[ \t]*\Z", doc.text[: line.start])
    after = re.match(r"[ \t]*(?:\Z|(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n|\Z))", doc.text[line.end :])
    return before is not None and after is not None


def _drop(out: Cleaned, line: Line, kind: str, reason: str, shown: str) -> None:
    line.kind, line.reason = kind, reason
    out.dropped.append(Dropped(line.number, reason, shown))


def _span(line: Line) -> tuple[int, int]:
    return line.start, line.end


_ADMONITION = re.compile(
    r"^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][\w-]*(?:[ \t]+\"[^\"\n]*\")?"
    r"|(?:>[ \t]*)+\[![A-Za-z]+\][+-]?(?:[ \t]+[^\n]*)?"
    r"|:{3,}[ \t]*(?:[A-Za-z][\w-]*(?:[ \t]+[^\n]*)?)?"
    r"|\.\.[ \t]+(?:note|tip|hint|important|warning|caution|danger|attention|admonition)::"
    r"[^\n]*)[ \t]*$",
    re.I,
)
"""The marker that opens (or closes) a wiki page's admonition box, a kind and maybe a title:
MkDocs' "!!! note" and '??? info "Retention"', GitHub's and Obsidian's "> [!IMPORTANT]",
Docusaurus' and Pandoc's ":::warning" and ":::", reStructuredText's ".. note::". Read as
text, the marker was fused in front of the box's first sentence ('Info "Retention" Working
copies are deleted ...'); dropped, the box's text starts a block of its own."""


def _kind_of(
    doc: SourceDoc,
    line: Line,
    texts: tuple[str, str, str],
    index: int,
    out: Cleaned,
    tail: str = "",
    wraps: bool = False,
) -> None:
    """One line's kind; ``tail`` is the rest of a date the line's wrap cut ("March 2025"
    under "... Published 24"), read with the line's own dates; ``wraps``: the next line
    goes on with this one as prose."""
    text, shown, written = texts
    if _ADMONITION.match(written):
        _drop(out, line, "noise", "a wiki admonition's marker (its kind and title): the frame "
              "of the box, not text", written)
        return
    stripped = text.lstrip()
    dated = f"{shown} {tail}" if tail else shown
    heading = stripped.startswith("#") or line.start in doc.heading_starts
    if heading and index <= MAX_HEAD_LINES and several_items(line, dated, written, out):
        return  # a byline set in bold or large type ("Publisher \u00b7 Release 4 \u00b7 May 2025")
    if heading and not stripped.startswith("#") and control_line(line, shown, written, out):
        return  # "Signed: <name>, DCI   17 June 2025": short, unpunctuated, yet no heading
    if heading:
        line.kind = "heading"
        if out.title is None and index == 1:
            line.kind, out.title, out.title_line = "title", shown, line.number
            out.dropped.append(Dropped(line.number, "title (used as the source title)", written))
        elif index == 1 and _key(out.title or "") == _key(shown):
            line.kind = "title"
            reason = "title (the front matter's title is used)"
            out.dropped.append(Dropped(line.number, reason, written))
        return
    if several_items(line, dated, written, out):
        return
    if index <= MAX_HEAD_LINES and (doc.kind == "html" or labelled_parts(shown) >= 2) and (
            banner_line(line, shown, written, out)):
        return  # a web page's banner or reference line; in any format, a head line of
        # several "Key: value" parts ("Post: DC | Number of posts: 3 | Base: ...")
    if index <= MAX_HEAD_LINES:
        _issued_phrase(dated, line, out)
    if (
        index <= MAX_HEAD_LINES
        and KEY_VALUE.match(shown) is None  # "Review date: June 2026" is for head_line
        and not any(d.reason.startswith("date line") for d in out.dropped)
        and not _goes_on(doc, line, shown)
    ):
        found = parse_dateline(shown)
        if found is not None:
            line.kind = "dateline"
            period = PERIOD.search(shown) is not None  # "Year ending 31 March 2025"
            date_from(out, found, shown, line, "date line", EVENTS if period else ISSUED)
            what = "the end of the period reported" if period else "date line"
            reason = f"{what}, read as {found.isoformat()}"
            out.dropped.append(Dropped(line.number, reason, written))
            return
    if 1 < index <= MAX_HEAD_LINES and head_line(line, shown, written, out, _alone(doc, line),
                                                   wraps):
        return
    if (
        index == 2
        and out.dropped
        and out.dropped[-1].reason.startswith("title")
        and subtitle(shown)
    ):
        line.kind = "heading"  # a subtitle under the title: context, not a sentence
        return
    if (
        index == 1
        and len(shown.split()) <= 20
        and not re.search(r"[.!?:;]$", shown)
        and (out.title is None or _key(out.title) == _key(shown))
    ):
        line.kind = "title"
        reason = "title (the front matter's title is used)"
        if out.title is None:
            out.title, out.title_line = shown, line.number
            reason = "title (used as the source title)"
        out.dropped.append(Dropped(line.number, reason, written))
        return
    if control_line(line, shown, written, out):
        return
    if is_non_latin(shown):
        _drop(out, line, "foreign", "not in Latin script (the rules read English only)", written)
        return
    if _BULLET.match(text) and len(_WORD.findall(text)) >= 1:
        line.kind = "bullet"


def _blocks(doc: SourceDoc, lines: list[Line], cues: Cues) -> list[Block]:
    structure = Structure(doc)
    blocks: list[Block] = []
    list_id = 0
    heading = ""
    speaker = ""  # in a dialogue, a cue label speaks until the next label or heading
    current: Block | None = None
    emitted: set[int] = set()
    numbers: list[int] = []  # the numbers of the current list's items, "3." -> 3
    column = 0  # how far the current item's marker is indented: its wrapped lines go further
    width = wrap_width(doc, lines)
    box: tuple[int, int] | None = None  # the side box the line is in, and the heading
    outside = ""  # the text around it is under
    for index, line in enumerate(lines):
        if _in_break(doc.page_breaks, line.start):
            continue  # a numbered transcript's page break: the paragraph runs on over it
        kind = line.kind
        inside = next(((s, e) for s, e in doc.asides if s <= line.start < e), None)
        if inside != box:  # a side box's heading titles the box, not the text after it
            if box is not None:
                heading = outside
            if inside is not None:
                outside = heading
            box = inside
        last = lines[index - 1] if index else line  # the line before, in a block being built
        if kind == "table":
            table = structure.table(line)
            if table is not None and id(table) not in emitted:
                emitted.add(id(table))
                blocks += table_rows(doc, table, heading)
            current = None
        elif kind == "footnote":
            note = structure.note(line)
            if note is None:
                continue
            if current is not None and current.kind == "footnote" and current.label == note.label:
                current.end = min(line.end, note.end)
            else:
                ref = doc.line_of(note.refs[0]) if note.refs else None
                start = max(line.start, note.start)
                current = Block(
                    "footnote",
                    start,
                    min(line.end, note.end),
                    doc.line_of(start),
                    heading=heading,
                    label=note.label,
                    ref_line=ref,
                )
                blocks.append(current)
        elif kind == "label":
            blocks.append(label_block(doc, line, heading))
            current = None
        elif kind == "cue":
            speaker, current = cues.at[line.start].label, None
        elif kind == "bullet" and current is not None and _wrapped_marker(doc, line, last, numbers):
            current.end = line.end  # "under section\n12. of the Act": a wrapped line
        elif kind == "bullet":
            if not blocks or blocks[-1].kind != "bullet":
                list_id += 1
                numbers = []
            numbers.append(_number(doc, line))
            marker = _BULLET.match(doc.text[line.start : line.end]) or _BARE_NUMBER.match(
                doc.text[line.start : line.end])
            offset = line.start + (marker.end() if marker else 0)
            current = Block("bullet", offset, line.end, line.number, list_id, heading)
            current.speaker = speaker
            blocks.append(current)
            column = _indent(doc, line)
        elif kind == "para" and line.start in cues.at:
            cue = cues.at[line.start]
            current = Block("para", cue.text_start, line.end, line.number, heading=heading)
            current.speaker = cue.label
            speaker = cue.label if cues.persist else ""
            blocks.append(current)
        elif (
            kind == "para"
            and current is not None
            and (
                not _PARA_NUMBER.match(doc.text[line.start : line.end])  # "[3]" starts one
                or not _ends_sentence(doc, last)
            )
            and (
                (current.kind == "para"
                 and not (current.line == last.number
                          and _stands_apart(doc, last, line, width)))
                or (
                    current.kind == "bullet"
                    and (_indent(doc, line) > column or _lower(doc, line)
                         or (_cut(doc, last) and not _labelled(doc, line)))
                )
            )
        ):
            current.end = line.end  # a hard-wrapped paragraph or bullet item
        elif kind == "para":
            number = _PARA_NUMBER.match(doc.text[line.start : line.end])
            start = line.start + (number.end() if number else 0)
            current = Block("para", start, line.end, line.number, heading=heading)
            current.speaker = speaker
            speaker = speaker if cues.persist else ""  # "Example:" over one paragraph
            blocks.append(current)
        elif kind in ("caption", "heading"):
            if kind == "heading":
                heading, speaker = doc.display(line.start, line.end), ""
            blocks.append(Block(kind, line.start, line.end, line.number, heading=heading))
            current = None
        else:  # blank, dropped, title, date line: each ends the block being built
            current = None
    _numbered_paragraphs(doc, blocks)
    return [_trimmed(doc, b) for b in blocks]


_SENTENCES = re.compile(r"[.!?]['\"\u2019\u201d)\]]*\s+['\"\u2018\u201c(]?[A-Z0-9]")
_FINAL = re.compile(r"[.!?]['\"\u2019\u201d)\]]*$")


def _in_break(breaks: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` falls inside one of a transcript's page breaks (sorted, not overlapping):
    found by bisection, as a long transcript has a break a page and a line is asked each."""
    at = bisect.bisect_right(breaks, offset, key=lambda b: b[0]) - 1
    return at >= 0 and breaks[at][0] < offset < breaks[at][1]


def _numbered_paragraphs(doc: SourceDoc, blocks: list[Block]) -> None:
    """Numbered paragraphs ("12. The officer ...", legal and government style) are prose,
    not a list: a run of numbered items with no lead-in and no question, each opening with
    a capital and ending a sentence, where half the items or more hold two sentences or
    more, or the numbering goes on from an earlier part ("3." under a new heading). Their
    sentences are then read one by one like any paragraph's; the number is left out, as
    "1.1" is. A list under a lead-in ("The officer must:"), of one-sentence steps (one long
    step among them is still a step) or of numbered questions stays a list.

    A numbered paragraph may end with a lead-in ("For that period you are prohibited
    from:") over lettered or bulleted items of its own: those items are a list under it,
    and the numbered paragraphs around them are judged without them."""
    runs: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "bullet" and block.list_id is not None:
            runs.setdefault(block.list_id, []).append(index)
    next_id = max(runs, default=0) + 1
    for items in runs.values():
        before = blocks[items[0] - 1] if items[0] else None
        if before is not None and before.kind == "para" and doc.display(
            before.start, before.end
        ).rstrip().endswith(":"):
            continue
        numbered = [i for i in items if _marker_number(doc, blocks[i])]
        if not numbered or numbered[0] != items[0]:
            continue
        texts = [doc.display(blocks[i].start, blocks[i].end).strip() for i in numbered]
        numbers = [_marker_number(doc, blocks[i]) for i in numbered]
        leads = {i for i in numbered if i + 1 in items and i + 1 not in numbered}
        if not all(t[:1].isupper() and (_FINAL.search(t) or (i in leads and t.endswith(":")))
                   for i, t in zip(numbered, texts, strict=True)):
            continue
        if any("?" in t for t in texts):
            continue  # numbered questions (a quiz, an FAQ): not statements
        several = sum(1 for t in texts if _SENTENCES.search(t))
        if numbers[0] > 1 or 2 * several >= len(texts):
            for i in numbered:
                blocks[i].kind, blocks[i].list_id = "para", None
            for i in items:  # each paragraph's own items: a list under its lead-in
                if i not in numbered:
                    next_id += i - 1 in numbered
                    blocks[i].list_id = next_id


def _marker_number(doc: SourceDoc, block: Block) -> int:
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    found = _NUMBER.match(doc.text[line_start : block.start + 1])
    return int(found.group(1)) if found else 0


def _ends_sentence(doc: SourceDoc, line: Line) -> bool:
    """The line ends a sentence (or a clause of a list: ";", ":")."""
    shown = doc.display(line.start, line.end)
    return re.search(r"[.!?:;]['\"\u2019\u201d)\]]*$", shown) is not None


WRAP_WORDS = 8
"""A line of this many words that stops mid-sentence was wrapped at the text's width."""


def _cut(doc: SourceDoc, line: Line) -> bool:
    """A long line that stops mid-sentence: the next line goes on with it whatever its first
    letter ("1. This memorandum accompanies the Criminal Law (Online Protection of" /
    "Children) Amendment Bill 2025."), as a hard-wrapped numbered paragraph does."""
    return len(doc.display(line.start, line.end).split()) >= WRAP_WORDS and not _ends_sentence(
        doc, line
    )


_NUMBER = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]")


def _number(doc: SourceDoc, line: Line) -> int:
    """A numbered item's number (0 for a bullet or a letter)."""
    found = _NUMBER.match(doc.text[line.start : line.end])
    return int(found.group(1)) if found else 0


_BARE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})[ \t]+(?=[A-Z\"'(\u201c])")
"""A number with no stop or bracket before a capital ("3  Keep an audit trail ..."): a list
item's marker only in a run of such lines (``_bare_numbers``)."""
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")
"""Spaces that set columns apart: a plain text table's numbered row ("1    Initial home
visit ...       within 10  DCON PPU"), not a list item."""
RUN_GAP = 8
"""Lines (wrapped text, blank lines) that may stand between two items of a numbered run."""


def _bare_numbers(doc: SourceDoc, lines: list[Line]) -> None:
    """Lines numbered with a bare figure ("1  Do not change data ...", "2  If you must ...")
    are a list when the numbers run on (n, then n + 1, at the same indent, a few lines
    apart): the figure is the item's number, structure, not the first word of a sentence
    ("3 Keep an audit trail ..." is no count of three). One line alone that opens with a
    figure is prose ("12 officers attended."), and so is a row of a plain text table."""
    found = []
    for index, line in enumerate(lines):
        text = doc.text[line.start : line.end]
        match = _BARE_NUMBER.match(text)
        if line.kind == "para" and match is not None and not _COLUMN_GAP.search(
                text, match.end()):
            found.append((index, int(match.group(1)), _indent(doc, line)))
    run: set[int] = set()
    for (i, n, col), (j, m, other) in itertools.pairwise(found):
        if m == n + 1 and col == other and j - i <= RUN_GAP:
            run |= {i, j}
    for index in run:
        lines[index].kind = "bullet"


def _wrapped_marker(doc: SourceDoc, line: Line, before: Line, numbers: list[int]) -> bool:
    """A line that opens like a numbered item ("12. of the Act ...") right under a line
    that stopped mid-sentence goes on with it, unless it is the next item of the list being
    read ("13." after "12.")."""
    number = _number(doc, line)
    return (
        number > 0
        and before.kind in ("para", "bullet")
        and _cut(doc, before)
        and not (numbers and number == numbers[-1] + 1)
    )


_OPEN_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "nor", "as", "than", "that", "which", "who", "whose", "under", "into", "per", "its",
    "their", "his", "her", "our", "your", "this", "these", "those", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "not", "no", "via", "&", "before", "after", "about",
    "between", "within", "without", "over", "against", "during", "since", "until", "upon",
    "across", "through", "among", "including", "towards", "toward", "if", "when", "where",
})
"""Words a wrapped line may stop on: the sentence goes on in the next line, whatever its
first letter ("sent to the" / "National Crime Agency")."""


def _stands_apart(doc: SourceDoc, last: Line, line: Line, width: int = 0) -> bool:
    """The line under a short one that ends with no stop starts a unit of its own: the line
    above is a form's box label, a key and its value, a heading the outline did not mark, a
    row of cells ("Box 5   Strategy discussion" over "A strategy discussion is held ...";
    "3. MAIN DUTIES" over "The unit must assess ..."). Read as one paragraph, its words were
    fused in front of the sentence under it (blind reviews 22-24: a heading as the subject,
    table cells in the stem). A line wrapped at the text's width is longer, or stops on a
    word that needs the next one ("of", "the", "and"), or a comma or a hyphen; and a line
    that starts in lower case goes on with the line above. Only a paragraph's first line
    stands so: a short line inside a paragraph is a name wrapped at a narrow width ("...
    use the" / "International Child Sexual" / "Exploitation (ICSE) database"). A row of
    cells (columns set apart by three or more spaces) whose last cell is as short is never
    wrapped prose either; a long last cell is a value wrapped under its own column
    ("Decision:    Safe and well check by ... Achieving" over "    Best Evidence ...").
    Nor is a line that had room for the next line's first word within the text's ``width``
    (``wrap_width``): a sub-heading of a plain-text report, "Likelihood of further offending
    among adult offenders" over its paragraph, was broken where its writer ended it."""
    above = doc.display(last.start, last.end).strip()
    below = doc.display(line.start, line.end).strip()
    if not above or not below or _ends_sentence(doc, last) or not (
            below[0].isupper() or below[0].isdigit()):
        return False
    words = above.split()
    if above.endswith((",", "-", "\u2013", "\u2014", "/", "(")) or (
            words[-1].lower().strip("\"'\u2019") in _OPEN_WORDS):
        return False
    cells = _GAP.split(doc.text[last.start:last.end].strip())
    return (len(words) < _SHORT_LINE
            or (len(cells) > 1 and len(cells[-1].split()) < _SHORT_LINE)
            or _room_left(doc, last, below, width))


def _room_left(doc: SourceDoc, last: Line, below: str, width: int) -> bool:
    """``last`` (a heading's length at most) ended with room for ``below``'s first word and
    ``_WRAP_SLACK`` more characters inside the text's ``width``: no wrap broke it there."""
    above = doc.text[last.start:last.end].rstrip()
    return (width > 0 and len(above.split()) <= _HEADING_WORDS
            and len(above) + 1 + len(below.split()[0]) + _WRAP_SLACK <= width)


def wrap_width(doc: SourceDoc, lines: list[Line]) -> int:
    """The width a plain text's or a Markdown file's paragraphs are wrapped at (the longest
    prose line but a tenth), or 0 when it cannot be told: a PDF's or a DOCX's extracted
    lines, HTML, or fewer than ``_WIDTH_LINES`` prose lines. (A Markdown writer who sets a
    title or a byline on its own line over a paragraph, with no "#", means it apart, though
    Markdown would run the two together.) A text whose paragraphs are one line each has
    the width of its long paragraphs: a short line over one is no wrapped line either."""
    if doc.kind not in ("text", "markdown") or doc.origin is not None:
        return 0
    lengths = sorted(len(doc.text[line.start:line.end].rstrip()) for line in lines
                     if line.kind == "para")
    if len(lengths) < _WIDTH_LINES:
        return 0
    return lengths[(len(lengths) * 9) // 10]


_GAP = re.compile(r"[ \t]{3,}")
_HEADING_WORDS = 12
"""A line of more words with no stop is prose, whatever its length."""
_WRAP_SLACK = 10
"""Characters a wrapping tool may leave unused at a line's end (a long word, a right
margin set a little inside the width) beyond the next line's first word."""
_WIDTH_LINES = 5
"""Prose lines needed to tell the width a text is wrapped at."""
_SHORT_LINE = 5
"""A line of fewer words with no stop at its end is a label, a heading or a cell, never
prose wrapped at the text's width."""


def _lower(doc: SourceDoc, line: Line) -> bool:
    """A line that starts in lower case goes on with the item above (a wrapped item)."""
    shown = doc.display(line.start, line.end)
    return bool(shown) and shown[0].islower()


def _labelled(doc: SourceDoc, line: Line) -> bool:
    """A line that opens with its own label ("MODEL ANSWER: (b) 7 days", "Note: ..."): no
    wrapped rest of the list item above it, though that item stopped mid-line."""
    return KEY_VALUE.match(doc.display(line.start, line.end)) is not None


def _indent(doc: SourceDoc, line: Line) -> int:
    """How far the line is indented: a list item's wrapped line is indented further than
    its marker ("(d) 28 days" / "Answer: (b)" under it at the marker's column is a line of
    its own, not the rest of the item)."""
    text = doc.text[line.start : line.end]
    return len(text) - len(text.lstrip(" \t"))


def _trimmed(doc: SourceDoc, block: Block) -> Block:
    block.start, block.end = visible(doc, block.start, block.end)
    return block
