"""HTML from a question bank back to the Markdown authors write.

Our exporters write HTML rendered from Markdown (``rendering.py``); other tools write
HTML of their own. Both come back as Markdown that renders to the same text and
structure: paragraphs, emphasis, code, links (http, https, mailto), lists, quotes,
headings, line breaks. Anything else is unwrapped to its text and named in
:attr:`Converted.dropped` (images, tables, scripts are never carried over); the
importer reports those. Text is escaped so that nothing an author of the bank typed
turns into Markdown syntax, except runs of three or more underscores, which stay
blanks (``____``) as in our format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCKS = frozenset({"p", "div", "ul", "ol", "li", "blockquote", "pre", "hr", "table",
                    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"})
INLINE = {"em": "*", "i": "*", "strong": "**", "b": "**", "del": "~~", "s": "~~"}
SILENT = frozenset({"span", "font", "u", "sup", "sub", "small", "big", "abbr", "cite",
                    "label", "thead", "tbody", "tfoot", "body", "html", "center", "mark",
                    "ins", "q", "dfn", "kbd", "samp", "var", "time", "nobr", "tt"})
"""Tags unwrapped without a note: they change the look, not the words."""
SKIPPED = frozenset({"script", "style", "iframe", "object", "embed", "video", "audio",
                     "map", "svg", "math", "canvas", "head", "title", "template",
                     "noscript", "select", "textarea", "button"})
"""Tags whose content is dropped with a note: it is not text for a learner."""
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "area", "wbr",
                  "source", "param", "track", "base"})
SAFE_LINK = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
HEADING_OFFSET = 2
"""``rendering.markdown_to_html`` writes an author's ``#`` as ``<h3>``."""


@dataclass
class Node:
    """An element (or the root) with its attributes and children (text or nodes)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


@dataclass
class Converted:
    """Markdown text and the constructs left out of it (tag names, for the report)."""

    markdown: str
    dropped: list[str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unclosed tags close with their parent, stray end tags are ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        if tag == "p" and self.stack[-1].tag == "p":  # <p> inside <p> closes the first
            self.stack.pop()
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    """The fragment as a tree (HTML's own error recovery, never an exception)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def to_markdown(html: str) -> Converted:
    """Block Markdown (paragraphs separated by a blank line) for a prompt or feedback."""
    writer = _Writer()
    text = writer.blocks(parse_html(html).children)
    return Converted(text.strip("\n"), writer.dropped)


def to_inline(html: str) -> Converted:
    """One line of Markdown for an option, a pair side or an ordering entry."""
    converted = to_markdown(html)
    lines = [line.strip() for line in converted.markdown.split("\n") if line.strip()]
    return Converted(" ".join(lines), converted.dropped)


def text_to_markdown(text: str) -> str:
    """Plain text (Moodle's plain and auto formats): each line escaped, blank lines kept."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    lines = [escape_line(_escape(" ".join(p.split()))) for p in paragraphs]
    return "\n\n".join(line for line in lines if line)


class _Writer:
    """Renders the tree; one method per construct, blocks joined by blank lines."""

    def __init__(self) -> None:
        self.dropped: list[str] = []

    def drop(self, tag: str) -> None:
        if tag not in self.dropped:
            self.dropped.append(tag)

    def blocks(self, children: list[Node | str]) -> str:
        """Children in block context: runs of inline content become paragraphs."""
        out: list[str] = []
        run: list[Node | str] = []
        for child in children:
            if isinstance(child, Node) and (child.tag in BLOCKS or _has_block(child)):
                out.append(self.paragraph(run))
                run = []
                out.append(self.block(child))
            else:
                run.append(child)
        out.append(self.paragraph(run))
        return "\n\n".join(part for part in out if part)

    def paragraph(self, children: list[Node | str]) -> str:
        text = _TRAILING_BREAKS.sub("", self.inline(children)).strip()
        lines = [escape_line(line.strip()) if line.strip() else "" for line in text.split("\n")]
        return "\n".join(line for line in lines if line)

    def block(self, node: Node) -> str:
        if node.tag in ("ul", "ol"):
            return self.list_(node)
        if node.tag == "blockquote":
            return "\n".join(f"> {line}" if line else ">"
                             for line in self.blocks(node.children).split("\n"))
        if node.tag.startswith("h") and node.tag[1:].isdigit():
            level = max(1, int(node.tag[1:]) - HEADING_OFFSET)
            return f"{'#' * level} {self.paragraph(node.children)}"
        if node.tag == "pre":
            return _fenced(_text_of(node))
        if node.tag == "hr":
            return "***"
        if node.tag in ("table", "tr"):
            self.drop(node.tag)  # tables are flattened: each row becomes a line
            return self.table(node)
        if node.tag == "li":
            return self.blocks(node.children)
        return self.blocks(node.children)

    def table(self, node: Node) -> str:
        rows: list[str] = []
        for row in _find(node, "tr"):
            cells = [self.paragraph(c.children) for c in row.children
                     if isinstance(c, Node) and c.tag in ("td", "th")]
            rows.append("; ".join(cell for cell in cells if cell))
        return "\n\n".join(r for r in rows if r)

    def list_(self, node: Node) -> str:
        items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
        loose = any(isinstance(c, Node) and c.tag == "p" for i in items for c in i.children)
        start = int(node.attrs.get("start", "1")) if node.attrs.get("start", "1").isdigit() else 1
        out = []
        for number, item in enumerate(items, start=start):
            marker = f"{number}. " if node.tag == "ol" else "- "
            body = self.blocks(item.children) or ""
            pad = " " * len(marker)
            lines = body.split("\n")
            text = marker + lines[0] + "".join(f"\n{pad}{line}" if line else "\n"
                                                 for line in lines[1:])
            out.append(text.rstrip())
        return ("\n\n" if loose else "\n").join(out)

    def inline(self, children: list[Node | str]) -> str:
        return "".join(self.span(child) for child in children)

    def span(self, child: Node | str) -> str:
        if isinstance(child, str):
            return _escape(re.sub(r"\s+", " ", child))
        tag = child.tag
        if tag == "br":
            return "\\\n"
        if tag in INLINE:
            return _delimit(INLINE[tag], self.inline(child.children))
        if tag == "code":
            return _code(_text_of(child))
        if tag == "a":
            return self.link(child)
        if tag == "img":
            self.drop("img")
            return ""
        if tag in SKIPPED:
            self.drop(tag)
            return ""
        if tag in BLOCKS:  # a block inside inline content: keep its words on their own line
            return "\n" + self.inline(child.children) + "\n"
        if tag not in SILENT:
            self.drop(tag)
        return self.inline(child.children)

    def link(self, node: Node) -> str:
        text = self.inline(node.children)
        href = node.attrs.get("href", "")
        if not SAFE_LINK.match(href) or not text.strip():
            if href:
                self.drop("a")
            return text
        return f"[{text}]({_destination(href)})"


def _has_block(node: Node) -> bool:
    """A span or link that wraps a block (``<span><p>…</p></span>``) is laid out as a block."""
    return node.tag in SILENT and any(isinstance(c, Node) and (c.tag in BLOCKS or _has_block(c))
                                      for c in node.children)


def _find(node: Node, tag: str) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        if isinstance(child, Node):
            found += [child] if child.tag == tag else _find(child, tag)
    return found


def _text_of(node: Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)


def _delimit(mark: str, text: str) -> str:
    """Emphasis around the words; spaces at either end stay outside (CommonMark's rule)."""
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _code(text: str) -> str:
    text = " ".join(text.split("\n"))
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _fenced(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text.rstrip(chr(10))}\n{fence}"


def _destination(href: str) -> str:
    if re.search(r"[\s()<>]", href):
        return "<" + href.replace("<", "%3C").replace(">", "%3E") + ">"
    return href


_TRAILING_BREAKS = re.compile(r"(?:\\\n\s*)+$")
"""Line breaks that end a paragraph: nothing follows them, so they are dropped."""
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_UNDERSCORES = re.compile(r"_+")


def _escape(text: str) -> str:
    """Backslash before Markdown's inline syntax; ``___`` (a blank) stays as it is."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _UNDERSCORES.sub(lambda m: m.group(0) if len(m.group(0)) >= 3
                            else "\\_" * len(m.group(0)), text)


_LINE_START = re.compile(
    r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|=+\s*$|-+\s*$|(?:[-_]\s*){3,}$)")


def escape_line(line: str) -> str:
    """A line that Markdown would read as a heading, quote, list or rule is escaped."""
    if line and not line.startswith("\\"):
        match = _LINE_START.match(line)
        if match:
            token = match.group(0)
            line = (token[:-1] + "\\" + token[-1] + line[len(token):] if token[-1] in ".)"
                    else "\\" + line)
    if line.startswith("    ") or line.startswith("\t"):
        line = line.lstrip()
    return line
