"""HTML back to Markdown: whatever text a bank holds, it renders as the same words,
never as Markdown syntax; and the readers never fail with a traceback on any text."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.banks.markup import html_text
from curriculum.errors import ContentError
from curriculum.importing.gift import read_gift
from curriculum.importing.markdown import to_inline, to_markdown
from curriculum.rendering import markdown_inline, markdown_to_html

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80)


def _words(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_comes_back_as_the_same_words(text: str) -> None:
    source = f"<p>{html.escape(text)}</p>"
    markdown = to_markdown(source).markdown
    rendered = str(markdown_to_html(markdown))
    assert _words(html_text(rendered)) == _words(text)
    assert not re.search(r"<(?!/?p>)", rendered), rendered  # no element but the paragraph


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_any_option_text_stays_one_plain_line(text: str) -> None:
    markdown = to_inline(html.escape(text)).markdown
    assert "\n" not in markdown
    assert _words(html_text(str(markdown_inline(markdown)))) == _words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_gift_text_reads_or_is_refused_located(text: str) -> None:
    try:
        bank = read_gift(Path("bank.gift"), text.encode("utf-8", "surrogatepass"))
    except ContentError as exc:
        assert exc.diagnostics and exc.diagnostics[0].location.line >= 1
        return
    for note in bank.notes:
        assert note.location.line >= 1


def test_markup_of_a_bank_is_text_or_markdown_never_html() -> None:
    converted = to_markdown('<p>See <a href="javascript:alert(1)">this</a> '
                            '<img src="x" onerror="alert(2)"><script>alert(3)</script></p>'
                            "<table><tr><td>A</td><td>B</td></tr></table>")
    assert converted.markdown == "See this\n\nA; B"
    assert converted.dropped == ["a", "img", "script", "table"]
    rendered = str(markdown_to_html(converted.markdown))
    assert "<script" not in rendered and "javascript" not in rendered


def test_empty_answer_pieces_point_at_their_question() -> None:
    bank = read_gift(Path("bank.gift"), b"// top\n\n::n::How many?{#}\n\n::m::Pick {=}\n")
    assert [(n.location.line, n.location.col, n.message) for n in bank.notes] == [
        (3, 1, "not a number, value:tolerance or min..max; left out"),
        (5, 12, "no accepted answer; left out")]
