"""The preview server: Starlette routes on uvicorn, bound to 127.0.0.1, watched by watchfiles.

Every save in the project bumps the snapshot's version; open pages listen on a
server-sent-events stream and reload when the version moves on. The server only
reads: it never writes into ``build/`` or anywhere else.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import socket
import webbrowser
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from watchfiles import DefaultFilter, awatch

from curriculum.errors import UsageError
from curriculum.pdf.layout import TemplateFolders
from curriculum.preview.pages import VIEWS, Pages, player_files
from curriculum.preview.state import PreviewState

HOST = "127.0.0.1"
STATIC = Path(__file__).parent / "static"
KEEPALIVE_SECONDS = 10.0
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)


class Hub:
    """Tells every open page when the project's version moves on."""

    def __init__(self) -> None:
        self.version = 0
        self._changed = asyncio.Event()

    def publish(self, version: int) -> None:
        self.version = version
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        changed = self._changed
        with anyio.move_on_after(timeout):
            await changed.wait()


class _ProjectFilter(DefaultFilter):
    """Project files only: not the build output, not editors' and tools' own folders."""

    def __init__(self, root: Path, ignored: tuple[Path, ...]) -> None:
        super().__init__()
        self._ignored = tuple(str(p.resolve()) + os.sep for p in ignored)

    def __call__(self, change: object, path: str) -> bool:
        resolved = str(Path(path).resolve())
        return super().__call__(change, path) and not resolved.startswith(self._ignored)  # type: ignore[arg-type]


def create_app(state: PreviewState) -> Starlette:
    """The ASGI app for one project."""
    hub = Hub()
    hub.version = state.snapshot.version

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(_watch(state, hub, stop))
        try:
            yield
        finally:
            stop.set()
            task.cancel()

    def pages() -> Pages:
        return Pages(state.root, state.snapshot)

    def overview(request: Request) -> Response:
        return _page(pages().overview())

    def module_home(request: Request) -> Response:
        return RedirectResponse(f"/module/{request.path_params['module_id']}/learner")

    def module_view(request: Request) -> Response:
        view = request.path_params["view"]
        if view not in VIEWS:
            return _not_found()
        author = request.query_params.get("author") == "1"
        module_id = request.path_params["module_id"]
        html = pages().module_view(module_id, view, author)
        if html is None:
            return _page(pages().missing(module_id), status=404)
        return _page(html)

    def answer_key(request: Request) -> Response:
        html = pages().answer_key(request.path_params["module_id"])
        return _page(html) if html is not None else _not_found()

    def book(request: Request) -> Response:
        return _page(pages().book())

    def player(request: Request) -> Response:
        files = player_files(state.snapshot, request.path_params["module_id"])
        name = request.path_params["name"]
        if files is None or name not in files:
            return _not_found()
        return _file(name, files[name])

    def asset(request: Request) -> Response:
        return _asset(state, request.path_params["name"])

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("preview.js", "preview.css"):
            return _not_found()
        return _file(name, (STATIC / name).read_bytes())

    def problems(request: Request) -> Response:
        snap = state.snapshot
        return JSONResponse({"version": snap.version,
                             "problems": [d.as_json(state.root) for d in snap.problems]})

    async def events(request: Request) -> Response:
        return StreamingResponse(_stream(request, hub), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})

    def favicon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [
        Route("/", overview),
        Route("/favicon.ico", favicon),
        Route("/book", book),
        Route("/module/{module_id}", module_home),
        Route("/module/{module_id}/answer-key", answer_key),
        Route("/module/{module_id}/player/{name}", player),
        Route("/module/{module_id}/{view}", module_view),
        Route("/_assets/{name:path}", asset),
        Route("/_preview/events", events),
        Route("/_preview/problems.json", problems),
        Route("/_preview/{name}", static),
    ]
    hosts = [HOST, "localhost"]
    return Starlette(routes=routes, lifespan=lifespan,
                     middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


async def _watch(state: PreviewState, hub: Hub, stop: asyncio.Event) -> None:
    """Reload the project after each burst of saves, then tell the pages."""
    config = state.snapshot.config
    ignored = (state.root / (config.build if config else "build"),)
    watch_filter = _ProjectFilter(state.root, ignored)
    async for _changes in awatch(state.root, watch_filter=watch_filter, debounce=150, step=50,
                                 stop_event=stop):
        snap = await anyio.to_thread.run_sync(state.refresh)
        hub.publish(snap.version)


async def _stream(request: Request, hub: Hub) -> AsyncIterator[str]:
    sent = -1
    while not await request.is_disconnected():
        if hub.version != sent:
            sent = hub.version
            yield f"data: {sent}\n\n"
        else:
            yield ": still here\n\n"
        await hub.wait(KEEPALIVE_SECONDS)


def _page(html: str, status: int = 200) -> Response:
    return HTMLResponse(html, status_code=status, headers=_headers(PAGE_POLICY))


def _file(name: str, data: bytes) -> Response:
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind == "application/javascript":
        kind += "; charset=utf-8"
    return Response(data, media_type=kind, headers=_headers())


def _headers(policy: str = "") -> dict[str, str]:
    headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
    if policy:
        headers["Content-Security-Policy"] = policy
    return headers


def _not_found() -> Response:
    return PlainTextResponse("Not found (is the module's id spelt right?)", status_code=404)


def _asset(state: PreviewState, name: str) -> Response:
    """A template asset (stylesheet, image, font): project override first, never outside."""
    config = state.snapshot.config
    project = state.root / (config.templates if config else "templates") / "pdf"
    folders = TemplateFolders(project)
    path = folders.resolve(name)
    inside = any(_within(path, folder) for folder in folders.search_path())
    if not inside or not path.is_file():
        return _not_found()
    try:
        return _file(path.name, path.read_bytes())
    except OSError:
        return _not_found()


def _within(path: Path, folder: Path) -> bool:
    real, base = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1 (port 0: any free port); a busy port is a usage error."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"cannot listen on {HOST}:{port}: {exc.strerror}; choose another with --port"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(start: Path, port: int, open_browser: bool, ready: Callable[[str], None]) -> None:
    """Preview the project around ``start`` until interrupted."""
    state = PreviewState(start)
    sock = bind(port)
    url = f"http://{HOST}:{sock.getsockname()[1]}/"
    config = uvicorn.Config(create_app(state), log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=1)

    def started() -> None:
        ready(url)
        if open_browser:
            webbrowser.open(url)

    _AnnouncingServer(config, started).run(sockets=[sock])


class _AnnouncingServer(uvicorn.Server):
    """A server that says "Preview at ..." only once it has started.

    Why: uvicorn installs its Ctrl+C handlers when ``run`` begins; a Ctrl+C that came after
    the URL was printed but before that was lost, and the server never stopped (seen as a
    rare test failure under load). After ``startup`` the handlers are in place.
    """

    def __init__(self, config: uvicorn.Config, started: Callable[[], None]) -> None:
        super().__init__(config)
        self._started = started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.should_exit:
            self._started()
