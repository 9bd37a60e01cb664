"""Real-browser fixtures: the SCORM packages, a localhost server, Debian's chromium.

The harness page (``lms.html``) provides the LMS run-time API with scorm-again from
``node_modules`` and loads a package's launch page in a frame, both served from one
localhost origin, as an LMS would. Without chromium or the npm packages the tests skip,
except when ``CURRICULUM_REQUIRE_BROWSER=1`` (CI), where they fail instead.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from curriculum.build import build
from curriculum.config import build_timestamp
from curriculum.loader import load_project
from curriculum.models import Module
from curriculum.package import module_package
from curriculum.scaffold import init_project

HERE = Path(__file__).parent
FIXTURE_MODULES = HERE.parent / "scorm" / "data"
sys.path.insert(0, str(HERE.parent / "scorm"))  # scorm_fixtures: the large-pool generator
BROWSER_MODULES = HERE / "data"  # modules only the browser tests use
REPO = HERE.parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCORM_AGAIN = HERE / "node_modules" / "scorm-again" / "dist"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
EPOCH = "1543449600"  # 2018-11-29T00:00:00Z
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if not (SCORM_AGAIN / "scorm12.js").exists() or not AXE.exists():
        return "tests/browser/node_modules is missing (npm ci --prefix tests/browser)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    """Skip (locally) or fail (CURRICULUM_REQUIRE_BROWSER=1) when something is missing."""
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("CURRICULUM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required but cannot run: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@dataclass
class Built:
    """A project's SCORM packages, unpacked under the server's ``/pkg/<name>/``."""

    name: str
    root: Path
    packages: dict[str, dict[str, Any]] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)


@pytest.fixture(scope="session")
def www(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the server shows under /pkg/."""
    return tmp_path_factory.mktemp("browser-www")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, www: Path) -> Built:
    """`curriculum init` plus the fixture modules, built once as scorm12 and scorm2004."""
    project = tmp_path_factory.mktemp("browser-project")
    init_project(project)
    for path in sorted([*FIXTURE_MODULES.glob("*.yaml"), *BROWSER_MODULES.glob("*.yaml")]):
        shutil.copy(path, project / "modules" / path.name)
    return _build_and_unpack(project, Built("fixture", www / "fixture"), tmp_path_factory)


LARGE_POOLS = {
    # id: (questions, question types, draw)
    "pool-350": (350, None, None),
    "pool-1200": (1200, ("single_choice", "multiple_choice", "true_false", "matching",
                         "ordering"), None),
    "drawn-1100-of-3000": (3000, ("single_choice", "multiple_choice", "true_false"), 1100),
    "long-texts": (40, ("short_answer",), None),
}


@pytest.fixture(scope="session")
def large_built(tmp_path_factory: pytest.TempPathFactory, www: Path) -> Built:
    """`curriculum init` plus generated modules with large pools (see LARGE_POOLS)."""
    from scorm_fixtures import ALL_KINDS, large_pool_module

    project = tmp_path_factory.mktemp("large-project")
    init_project(project)
    for module_id, (count, kinds, draw) in LARGE_POOLS.items():
        text = large_pool_module(module_id, count, kinds or ALL_KINDS, draw)
        (project / "modules" / f"{module_id}.yaml").write_text(text, "utf-8")
    return _build_and_unpack(project, Built("large", www / "large"), tmp_path_factory)


@pytest.fixture(scope="session")
def repo_built(tmp_path_factory: pytest.TempPathFactory, www: Path) -> Built:
    """The repository's own curriculum, built once as scorm12 and scorm2004."""
    return _build_and_unpack(REPO, Built("repo", www / "repo"), tmp_path_factory)


def _build_and_unpack(
    project: Path, result: Built, tmp_path_factory: pytest.TempPathFactory
) -> Built:
    out = tmp_path_factory.mktemp("browser-build")
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        build(project, ["scorm12", "scorm2004"], out)
        loaded = load_project(project)
        assert loaded.config is not None
        for module in loaded.modules:
            created = build_timestamp(loaded.config)
            result.packages[module.module.id] = module_package(loaded.config, module, created)
            result.modules[module.module.id] = module.module
    for version in ("scorm12", "scorm2004"):
        for archive in sorted((out / version).glob("*.zip")):
            with zipfile.ZipFile(archive) as zipped:
                zipped.extractall(result.root / version / archive.stem)
    return result


class _Handler(SimpleHTTPRequestHandler):
    """/lms/... from tests/browser, /pkg/... from the unpacked packages; nothing else."""

    www: Path = HERE

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if clean.startswith("/lms/"):
            base, rest = HERE, clean[len("/lms/"):]
        elif clean.startswith("/pkg/"):
            base, rest = self.www, clean[len("/pkg/"):]
        else:
            return str(HERE / "does-not-exist")
        target = (base / rest).resolve()
        return str(target) if target.is_relative_to(base.resolve()) else str(HERE / "nope")

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture(scope="session")
def server(www: Path) -> Iterator[str]:
    """Base URL of a localhost server on a free port, in a daemon thread."""
    handler = type("Handler", (_Handler,), {"www": www})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser(browser_ready: None) -> Iterator[Any]:
    """Debian's chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class PageProbe:
    """A fresh page and what happened on it: script errors and dialogs."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _console(result: PageProbe, message: Any) -> None:
    if message.type == "error":
        result.errors.append(f"{message.text} ({message.location.get('url', '')})")


@pytest.fixture
def probe(browser: Any) -> Iterator[PageProbe]:
    context = browser.new_context()
    page = context.new_page()
    result = PageProbe(page)
    page.on("pageerror", lambda exc: result.errors.append(str(exc)))
    page.on("console", lambda msg: _console(result, msg))

    def on_dialog(dialog: Any) -> None:
        result.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_default_timeout(10_000)
    yield result
    context.close()
