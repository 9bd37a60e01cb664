"""The preview's HTML: the handouts' own templates, framed by a toolbar and a problem overlay.

Learner, trainer and answer-key views are the documents the PDF build renders
(same Assembler, same template environment, same project overrides), shown as
HTML instead of being printed. The quiz is the SCORM player itself, fed the same
payload as the zip. Author text reaches the page only through those renderers;
the chrome added here escapes everything it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from markupsafe import Markup, escape

from curriculum.config import build_timestamp
from curriculum.diagnostics import Diagnostic, Severity
from curriculum.errors import CurriculumError
from curriculum.loader import LoadedModule
from curriculum.pdf.layout import STYLESHEET, TemplateFolders
from curriculum.preview.state import Snapshot

View = Literal["learner", "trainer", "quiz"]
VIEWS: tuple[View, ...] = ("learner", "trainer", "quiz")
ASSET_PREFIX = "/_assets/"


class Pages:
    """Renders every preview page from one snapshot of the project."""

    def __init__(self, root: Path, snap: Snapshot) -> None:
        self.root = root
        self.snap = snap

    # -- whole pages ----------------------------------------------------------------------
    def overview(self) -> str:
        """The course: its themes, each with its modules and links to their views."""
        config = self.snap.config
        title = config.title if config else "Curriculum preview"
        parts = [f"<h1>{escape(title)}</h1>"]
        if config and config.subtitle:
            parts.append(f"<p class='subtitle'>{escape(config.subtitle)}</p>")
        parts.append("<p><a href='/book'>Course book (every module's learner text)</a></p>")
        themes = config.themes if config else []
        listed: set[str] = set()
        for theme in themes:
            members = [m for m in self.snap.modules if m.module.theme == theme.id]
            listed.update(m.module.id for m in members)
            parts.append(self._theme_block(theme.id, theme.title, members))
        others = [m for m in self.snap.modules if m.module.id not in listed]
        if others:
            parts.append(self._theme_block("", "Modules without a known theme", others))
        return self._page(title, "".join(parts), "overview")

    def module_view(self, module_id: str, view: View, author: bool) -> str | None:
        """A module's learner or trainer document, or its playable quiz."""
        loaded = self.snap.module(module_id)
        if loaded is None:
            return None
        toolbar = self._module_toolbar(loaded, view, author)
        if view == "quiz":
            return self._page(loaded.module.title, self._quiz_body(loaded, author), "quiz",
                              toolbar)
        html = self._document(loaded, view)
        return self._framed(html, toolbar)

    def missing(self, module_id: str) -> str:
        """A module not (yet) valid: the page waits, and reloads when it is fixed."""
        body = (f"<h1>No module \u201c{escape(module_id)}\u201d yet</h1><p>No valid version "
                "of this module has been read. Fix the problems listed and this page reloads "
                "by itself; or go back to the <a href='/'>overview</a>.</p>")
        return self._page("Module not found", body, "missing")

    def book(self) -> str:
        """The course book's HTML (every module's learner text, by theme)."""
        from curriculum.pdf.documents import Assembler

        def render(assembler: Assembler) -> str:
            return assembler.book_html([m.module for m in self.snap.modules])

        return self._framed(self._assembled(render), self._toolbar("<a href='/'>Overview</a>"))

    def answer_key(self, module_id: str) -> str | None:
        """The answer key document (author mode shows it beside the quiz)."""
        loaded = self.snap.module(module_id)
        if loaded is None:
            return None
        return self._document(loaded, "answer-key")

    # -- pieces ---------------------------------------------------------------------------
    def _theme_block(self, theme_id: str, title: str, members: list[LoadedModule]) -> str:
        rows = "".join(
            f"<li data-module='{escape(m.module.id)}'><a href='/module/{escape(m.module.id)}/"
            f"learner'>{escape(m.module.title)}</a> <span class='meta'>{m.module.duration} "
            f"min, {escape(m.module.level)}</span> <a href='/module/{escape(m.module.id)}/"
            f"trainer'>trainer</a> <a href='/module/{escape(m.module.id)}/quiz'>quiz</a></li>"
            for m in members
        ) or "<li class='meta'>No modules yet.</li>"
        return (f"<section class='theme' data-theme='{escape(theme_id)}'>"
                f"<h2>{escape(title)}</h2><ul>{rows}</ul></section>")

    def _module_toolbar(self, loaded: LoadedModule, view: View, author: bool) -> str:
        mid = escape(loaded.module.id)
        query = "?author=1" if author else ""
        tabs = "".join(
            f"<a href='/module/{mid}/{v}{query}'"
            f"{' aria-current=page' if v == view else ''} data-view-link='{v}'>{v.title()}</a>"
            for v in VIEWS
        )
        toggle = (f"<a href='/module/{mid}/{view}{'' if author else '?author=1'}' "
                  f"data-author-toggle='{'on' if author else 'off'}'>"
                  f"Author mode: {'on' if author else 'off'}</a>")
        stale = ""
        if loaded.path.resolve() in self.snap.stale:
            stale = "<span class='stale'>showing the last good version</span>"
        return self._toolbar(f"<a href='/'>Overview</a> <strong>{escape(loaded.module.title)}"
                             f"</strong> {tabs} {toggle} {stale}")

    def _quiz_body(self, loaded: LoadedModule, author: bool) -> str:
        mid = escape(loaded.module.id)
        if loaded.module.quiz is None:
            return "<p>This module has no quiz.</p>"
        player = (f"<iframe class='player' title='Quiz player' data-player "
                  f"src='/module/{mid}/player/index.html'></iframe>")
        if not author:
            return player
        key = (f"<iframe class='answer-key' title='Answers and explanations' data-answer-key "
               f"src='/module/{mid}/answer-key'></iframe>")
        return f"<div class='quiz-author'>{player}{key}</div>"

    def _document(self, loaded: LoadedModule, kind: str) -> str:
        from curriculum.pdf.documents import Assembler
        from curriculum.pdf.layout import Kind

        def render(assembler: Assembler) -> str:
            doc_kind: Kind = kind  # type: ignore[assignment]
            return assembler.module_html(loaded.module, doc_kind)

        return self._assembled(render)

    def _assembled(self, render: object) -> str:
        """Run a renderer on a fresh Assembler; template problems become the page's text."""
        from curriculum.pdf.documents import Assembler

        config = self.snap.config
        if config is None:
            return "<p>curriculum.yaml has errors; nothing to show yet.</p>"
        folders = TemplateFolders(self.root / config.templates / "pdf")
        assembler = Assembler(config, self.snap.config_path, folders, build_timestamp(config))
        assembler.env.globals["asset"] = lambda name: ASSET_PREFIX + str(name)
        try:
            html = render(assembler)  # type: ignore[operator]
        except CurriculumError as exc:
            lines = "".join(f"<li>{escape(d.format(self.root))}</li>" for d in exc.diagnostics)
            return f"<p>{escape(exc.message)}</p><ul>{lines}</ul>"
        return str(html).replace(
            "</head>", f"<link rel='stylesheet' href='{ASSET_PREFIX}{STYLESHEET}'></head>", 1
        )

    def _toolbar(self, inner: str) -> str:
        return f"<nav class='preview-toolbar' data-preview-toolbar>{inner}</nav>"

    def _overlay(self) -> str:
        errors = self.snap.errors
        warnings = [d for d in self.snap.problems if d.severity is Severity.WARNING]
        out = ""
        if errors:
            items = "".join(_problem_item(d, self.root) for d in self.snap.problems)
            count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
            out += (
                "<aside class='preview-problems' role='alert' data-problems>"
                f"<h2>{count}: the page shows the last good version underneath</h2>"
                f"<ul>{items}</ul><button type='button' data-hide-problems>Hide</button></aside>"
            )
        elif warnings:
            items = "".join(_problem_item(d, self.root) for d in warnings)
            out += f"<aside class='preview-warnings' data-warnings><ul>{items}</ul></aside>"
        return out

    def _head(self) -> str:
        return (f"<meta name='preview-version' content='{self.snap.version}'>"
                "<link rel='stylesheet' href='/_preview/preview.css'>"
                "<script src='/_preview/preview.js' defer></script>")

    def _page(self, title: str, body: str, kind: str, toolbar: str = "") -> str:
        toolbar = toolbar or self._toolbar("<a href='/'>Overview</a>")
        return (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(title)} (preview)</title>{self._head()}</head>"
            f"<body class='preview-{kind}'>{toolbar}{self._overlay()}"
            f"<main class='preview-main'>{body}</main></body></html>"
        )

    def _framed(self, document: str, toolbar: str) -> str:
        """A rendered document with the preview's toolbar, overlay and reload script added."""
        document = _insert_after(document, "<head", self._head())
        return _insert_after(document, "<body", toolbar + self._overlay())


def _problem_item(diag: Diagnostic, root: Path) -> str:
    loc = diag.location
    return (f"<li data-problem data-severity='{diag.severity.value}' "
            f"data-line='{loc.line}' data-col='{loc.col}'>{escape(diag.format(root))}</li>")


def _insert_after(html: str, tag: str, extra: str) -> str:
    """Put ``extra`` just inside the first ``tag`` element (or first, if there is none)."""
    start = html.find(tag)
    end = html.find(">", start) if start >= 0 else -1
    if end < 0:
        return extra + html
    return html[: end + 1] + extra + html[end + 1 :]


def player_files(snap: Snapshot, module_id: str) -> dict[str, bytes] | None:
    """The SCORM player's launch page, payload and scripts for one module (no zip)."""
    from curriculum.package import module_package_model
    from curriculum.scorm.payload import player_payload
    from curriculum.scorm.player import content_files

    loaded = snap.module(module_id)
    if loaded is None or snap.config is None:
        return None
    try:
        package = module_package_model(snap.config, loaded, build_timestamp(snap.config))
    except CurriculumError as exc:
        return {"index.html": _message_page(exc.message)}
    return content_files(player_payload(package, "1.2"))


def _message_page(message: str) -> bytes:
    return Markup("<!DOCTYPE html><html lang='en'><meta charset='utf-8'><p>{}</p></html>").format(
        message
    ).encode("utf-8")
