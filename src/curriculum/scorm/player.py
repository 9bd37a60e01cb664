"""The files of one SCORM package: launch page, player assets, payload, schemas, manifest.

The launch page is the package's ``index.html`` template rendered with Jinja2
autoescaping (title and marking are data, never markup); the scripts are
copied unchanged; ``payload.js`` carries the module. The official schema files
(``player/schemas/<version>/``) are copied byte for byte to the package root,
where the ADL conformance suites expect the control documents.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from jinja2 import Environment

from curriculum import __version__
from curriculum.rendering import sandboxed_environment
from curriculum.scorm.payload import payload_script

SCRIPTS = ("payload.js", "strings.js", "obscure.js", "lms.js", "quiz.js", "responses.js",
           "progress.js", "results.js", "player.js")
ASSETS = ("player.css", *SCRIPTS[1:])
LAUNCH = "index.html"


def _player_dir() -> Traversable:
    return resources.files("curriculum") / "player"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return sandboxed_environment()


def launch_page(payload: dict[str, Any]) -> bytes:
    """``index.html``: ``lang``/``dir`` from the module language, title and marking escaped."""
    source = (_player_dir() / LAUNCH).read_text(encoding="utf-8")
    template = _environment().from_string(source)
    html = template.render(
        language=payload["language"],
        dir=payload["dir"],
        title=payload["title"],
        handling=payload["handling"],
        handling_text=payload["handling_text"],
        scorm=payload["scorm"],
        module_id=payload["id"],
        generator=f"curriculum {__version__}",
        scripts=SCRIPTS,
        ui=payload["strings"],
    )
    return html.encode("utf-8")


def content_files(payload: dict[str, Any]) -> dict[str, bytes]:
    """The SCO's files (what the manifest's resource lists), by archive path."""
    files = {LAUNCH: launch_page(payload), "payload.js": payload_script(payload)}
    for name in ASSETS:
        files[name] = (_player_dir() / name).read_bytes()
    return files


def schema_files(scorm_version: str) -> dict[str, bytes]:
    """The official XSD/DTD control documents for ``1.2`` or ``2004``, by archive path."""
    folder = _player_dir() / "schemas" / ("scorm12" if scorm_version == "1.2" else "scorm2004")
    return dict(_walk(folder, ""))


def _walk(folder: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            found += _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith((".xsd", ".dtd")):
            found.append((f"{prefix}{entry.name}", entry.read_bytes()))
    return found
