"""Author Markdown to safe HTML, and the Jinja2 environment every exporter uses.

Safety is structural, not a filter: raw HTML in Markdown is escaped (markdown-it
``html=False``), images print as "[image not shown: alt]" (nothing is ever
fetched on the author's behalf), only http(s), mailto and in-page links survive, and author
text reaches templates as data under autoescaping, never as template source,
so ``<script>`` or ``{{ 7*7 }}`` print literally.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

from curriculum.sandbox import TemplateSandbox, confined_loaders
from curriculum.xrefs import XREF_LINK, Xref, xref_text

__all__ = ["XREF_LINK", "Xref", "markdown_inline", "markdown_to_html", "plain",
           "template_environment", "xref_text"]

_SAFE_LINK = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
_HASH = re.compile(r"\b[0-9a-fA-F]{32,}\b")
"""A hex digest (MD5 and longer): printed in monospace, breakable anywhere."""
LONG_TOKEN = re.compile(r"[^\s\u00a0]{30,}")
"""A word too long to hyphenate: breakable anywhere, never hyphenated (WeasyPrint's
hyphenation of a 10,000-character word takes minutes)."""


@lru_cache(maxsize=16)
def _markdown(heading_offset: int, quotes: str | None = None) -> MarkdownIt:
    options: dict[str, Any] = {"html": False, "linkify": False, "typographer": bool(quotes)}
    if quotes:
        options["quotes"] = quotes
    md = MarkdownIt("commonmark", options)
    md.enable(["table", "strikethrough"])
    if quotes:
        md.enable(["replacements", "smartquotes"])
    md.core.ruler.push("curriculum_safety", _make_safety_rule(heading_offset))
    return md


def _make_safety_rule(offset: int) -> Any:
    def rule(state: Any) -> None:
        for index, token in enumerate(state.tokens):
            _shift_heading(token, offset)
            if state.env.get("hashes"):  # print only: packages keep plain paragraphs
                _mark_lead_in(state.tokens, index)
            if token.children:
                token.children = [_neutralise_image(c) for c in token.children]
                token.children = _resolve_xrefs(token.children, state.env.get("xrefs"))
                if state.env.get("hashes"):
                    token.children = [c for child in token.children for c in _hashes(child)]
            for child in token.children or []:
                _neutralise_link(child)
        if state.env.get("continued"):
            _mark_tables(state.tokens, state.env["continued"])

    return rule


def _mark_tables(tokens: list[Token], label: str) -> None:
    """Print only: each table names itself in its first body cell and clears the name in
    its last cell (named strings: the page header says "Table (continued)" on a page that
    begins inside the table; see ``cont`` in the PDF templates' macros). Not in the header
    row: it repeats on every page, and would set the name again on each."""
    first, last = False, None
    for previous, token in pairwise(tokens):
        if token.type == "table_open":
            first, last = False, None
        elif token.type == "tbody_open":
            first = True
        elif token.type == "inline" and previous.type in ("th_open", "td_open"):
            token.children = token.children or []
            if first and previous.type == "td_open":
                token.children.insert(0, _html(
                    f'<span class="cont-clear"></span><span class="cont" '
                    f'data-label="{escape(label)}"></span>'))
                first = False
            last = token
        elif token.type == "table_close" and last is not None:
            last.children = [*(last.children or []), _html('<span class="cont-clear"></span>')]


def _mark_lead_in(tokens: list[Token], index: int) -> None:
    """A paragraph ending in ":" right before a table or list, or a paragraph that is all
    bold (a run-in heading), gets class ``lead-in``.

    The print stylesheet keeps it on the same page as what it introduces.
    """
    token = tokens[index]
    if token.type != "paragraph_open" or index + 3 >= len(tokens):
        return
    inline, after = tokens[index + 1], tokens[index + 3]
    kinds = [child.type for child in inline.children or []
             if child.type != "text" or child.content.strip()]
    run_in = kinds == ["strong_open", "text", "strong_close"]  # "**Common myths.**" alone
    if run_in or (inline.content.rstrip().endswith(":") and after.type in (
            "table_open", "bullet_list_open", "ordered_list_open")):
        token.attrSet("class", "lead-in")


def _resolve_xrefs(children: list[Token], xrefs: Mapping[str, Xref] | None) -> list[Token]:
    """``[](#id)`` prints "section 3"; ``#`` in a link's text becomes the number."""
    if not xrefs:
        return children
    out: list[Token] = []
    target: Xref | None = None
    for token in children:
        if token.type == "link_open":
            href = str(token.attrGet("href") or "")
            target = xrefs.get(href[1:]) if href.startswith("#") else None
            if target is not None:
                token.attrSet("href", f"#{target.anchor}")
                token.attrSet("class", "xref")
        elif token.type == "link_close" and target is not None:
            if out and out[-1].type == "link_open":
                out.append(_text(target.label))
            target = None
        elif token.type == "text" and target is not None:
            token.content = token.content.replace("#", target.number)
        out.append(token)
    return out


def _hashes(token: Token) -> list[Token]:
    """Split a text token: hex digests in ``<code class="hash">``, other very long
    words in ``<span class="long">`` (both breakable anywhere, see the print CSS)."""
    if token.type != "text" or not LONG_TOKEN.search(token.content):
        return [token]
    out: list[Token] = []
    last = 0
    for match in LONG_TOKEN.finditer(token.content):
        out.append(_text(token.content[last:match.start()]))
        before, word, after = _split_punctuation(match.group(0))
        out.append(_text(before))
        if _HASH.fullmatch(word):
            code = Token("code_inline", "code", 0)
            code.content = word
            code.attrSet("class", "hash")
            out.append(code)
        else:
            out += [_html('<span class="long">'), _text(word), _html("</span>")]
        out.append(_text(after))
        last = match.end()
    out.append(_text(token.content[last:]))
    return [t for t in out if t.type != "text" or t.content]


def _split_punctuation(token: str) -> tuple[str, str, str]:
    match = re.match(r"^([(\[\"'\u201c\u2018\u00ab]*)(.*?)([.,;:!?)\]\"'\u201d\u2019\u00bb]*)$",
                     token, re.S)
    assert match is not None  # the pattern matches any string
    return match.group(1), match.group(2), match.group(3)


def _html(content: str) -> Token:
    """Markup of our own (never author text): the renderer prints it as it is."""
    token = Token("html_inline", "", 0)
    token.content = content
    return token


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _neutralise_image(token: Token) -> Token:
    """Images are never fetched or embedded: they print as text naming what is missing."""
    if token.type != "image":
        return token
    text = Token("text", "", 0)
    alt = "".join(c.content for c in token.children or []) or token.content
    text.content = f"[image not shown: {alt}]" if alt else "[image not shown]"
    return text


def _shift_heading(token: Token, offset: int) -> None:
    if token.type in ("heading_open", "heading_close") and offset:
        level = min(int(token.tag[1]) + offset, 6)
        token.tag = f"h{level}"


def _neutralise_link(token: Token) -> None:
    if token.type == "link_open":
        href = str(token.attrGet("href") or "")
        if not _SAFE_LINK.match(href):
            token.attrs.pop("href", None)
        else:
            token.attrSet("rel", "noopener noreferrer")


def markdown_to_html(text: str | None, heading_offset: int = 2, *, quotes: str | None = None,
                     xrefs: Mapping[str, Xref] | None = None, hashes: bool = False,
                     continued: str | None = None) -> Markup:
    """Render author Markdown as HTML that cannot carry markup or script of its own.

    ``heading_offset`` shifts author headings down (``#`` becomes ``<h3>`` by
    default) so they nest under the section title in every output. For print:
    ``quotes`` (double open and close, single open and close) turns on typographic
    quotes and dashes, ``xrefs`` resolves ``[](#section-id)`` to "section 3" with a link, and
    ``hashes`` sets hex digests in monospace, and ``continued`` ("Table (continued)")
    marks where each table's body starts and ends for the page header.
    """
    if not text:
        return Markup("")
    env = {"xrefs": xrefs, "hashes": hashes, "continued": continued}
    return Markup(_markdown(heading_offset, quotes).render(text, env))


def markdown_inline(text: str | None, *, quotes: str | None = None,
                    hashes: bool = False) -> Markup:
    """Render a one-line Markdown string (a prompt, an option) without a ``<p>`` wrapper."""
    if not text:
        return Markup("")
    return Markup(_markdown(0, quotes).renderInline(text, {"hashes": hashes}))


def plain(text: str | None) -> Markup:
    """Escape text for HTML (for values that are never Markdown)."""
    return escape(text or "")


def template_environment(subdir: str, project_templates: Path | None = None,
                         boundary: Path | None = None) -> Environment:
    """Sandboxed Jinja2 environment: the project's ``templates/<subdir>`` first, then the package's.

    Like an MkDocs theme's ``custom_dir``: a project overrides built-in templates
    file by file by putting a file of the same name in its own folder. Project
    templates are untrusted code, so the environment is :class:`TemplateSandbox`
    and a project template must really be inside ``boundary`` (the project root;
    by default the project's templates folder itself).
    """
    folders = []
    if project_templates is not None:
        folder = project_templates / subdir
        folders.append((folder, boundary if boundary is not None else folder))
    package = PackageLoader("curriculum", f"templates/{subdir}")
    env = sandboxed_environment(
        loader=ChoiceLoader(confined_loaders(folders, package)),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["markdown"] = markdown_to_html
    env.filters["markdown_inline"] = markdown_inline
    return env


def sandboxed_environment(**options: Any) -> Environment:
    """The one way this package makes a Jinja2 environment: sandboxed, autoescaped, strict."""
    return TemplateSandbox(autoescape=True, undefined=StrictUndefined,
                           keep_trailing_newline=True, **options)
