"""The package's HTML fragments as XML elements (QTI, CC) or plain text (GIFT, names).

The package HTML comes from Markdown with raw HTML disabled, so it holds a small
set of tags. XML formats need it as well-formed elements in their own namespace:
known tags are kept, any other tag is unwrapped (its text kept), and ``&nbsp;`` style
entities become characters. A blank (three or more underscores) can be swapped for
an element, which is how a fill-in item gets its text entry field in place.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser

from curriculum.models import BLANK_PATTERN

BLOCK_TAGS = frozenset({"p", "ul", "ol", "li", "blockquote", "pre", "h3", "h4", "h5", "h6"})
INLINE_TAGS = frozenset({"em", "strong", "code", "sub", "sup", "br", "a", "b", "i", "span"})
VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link"})
BLANK = BLANK_PATTERN

BlankFactory = Callable[[], ET.Element]


class _TreeBuilder(HTMLParser):
    """Builds namespaced elements from an HTML fragment, unwrapping unknown tags."""

    def __init__(self, root: ET.Element, ns: str, blank: BlankFactory | None) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[ET.Element | None] = [root]
        self.ns = ns
        self.blank = blank

    def _open(self) -> ET.Element:
        return next(e for e in reversed(self.stack) if e is not None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in BLOCK_TAGS | INLINE_TAGS or (tag == "a" and not dict(attrs).get("href")):
            if tag not in VOID_TAGS:
                self.stack.append(None)
            return
        element = ET.SubElement(self._open(), f"{self.ns}{tag}")
        if tag == "a":
            element.set("href", dict(attrs)["href"] or "")
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        parts = BLANK.split(data) if self.blank else [data]
        for index, text in enumerate(parts):
            if index and self.blank:
                ET.SubElement(self._open(), "_blank_")
            _append_text(self._open(), text)

    def close(self) -> None:
        super().close()
        if self.blank:
            _swap_blanks(self.stack[0], self.blank)  # type: ignore[arg-type]


def _append_text(parent: ET.Element, text: str) -> None:
    if not text:
        return
    children = list(parent)
    if children:
        children[-1].tail = (children[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _swap_blanks(root: ET.Element, blank: BlankFactory) -> None:
    for parent in list(root.iter()):
        for index, child in enumerate(list(parent)):
            if child.tag == "_blank_":
                made = blank()
                made.tail = child.tail
                parent.remove(child)
                parent.insert(index, made)


def append_html(
    parent: ET.Element, html: str, ns: str = "", blank: BlankFactory | None = None
) -> ET.Element:
    """Append ``html`` under ``parent`` as elements in namespace ``ns`` (``{uri}`` form).

    Loose text at the top level is wrapped in a ``p`` so block containers stay valid.
    """
    holder = ET.Element("holder")
    builder = _TreeBuilder(holder, ns, blank)
    builder.feed(html)
    builder.close()
    if (holder.text or "").strip():
        paragraph = ET.Element(f"{ns}p")
        paragraph.text = holder.text.strip() if holder.text else None
        holder.insert(0, paragraph)
    for child in holder:
        if child.tail and child.tail.strip() == "":
            child.tail = None
        parent.append(child)
    return parent


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS | {"br"}:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    """The fragment as one line of plain text (tags dropped, entities decoded, spaces folded)."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return " ".join("".join(collector.parts).split())
