"""Author Markdown to safe HTML, and the Jinja2 environment every exporter uses.

Safety is structural, not a filter: raw HTML in Markdown is escaped (markdown-it
``html=False``), images print as "[image not shown: alt]" (nothing is ever
fetched on the author's behalf), only http(s), mailto and in-page links survive, and author
text reaches templates as data under autoescaping, never as template source,
so ``<script>`` or ``{{ 7*7 }}`` print literally.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

from curriculum.sandbox import TemplateSandbox, confined_loaders

_SAFE_LINK = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _markdown(heading_offset: int) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.core.ruler.push("curriculum_safety", _make_safety_rule(heading_offset))
    return md


def _make_safety_rule(offset: int) -> Any:
    def rule(state: Any) -> None:
        for token in state.tokens:
            _shift_heading(token, offset)
            if token.children:
                token.children = [_neutralise_image(c) for c in token.children]
            for child in token.children or []:
                _neutralise_link(child)

    return rule


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


def markdown_to_html(text: str | None, heading_offset: int = 2) -> Markup:
    """Render author Markdown as HTML that cannot carry markup or script of its own.

    ``heading_offset`` shifts author headings down (``#`` becomes ``<h3>`` by
    default) so they nest under the section title in every output.
    """
    if not text:
        return Markup("")
    return Markup(_markdown(heading_offset).render(text))


def markdown_inline(text: str | None) -> Markup:
    """Render a one-line Markdown string (a prompt, an option) without a ``<p>`` wrapper."""
    if not text:
        return Markup("")
    return Markup(_markdown(0).renderInline(text))


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
