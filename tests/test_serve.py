"""`curriculum serve` without a browser: what it listens on, what it refuses, what it shows.

Each test starts the real command in a child process (port 0: a free port) and
always stops it; the tests that only send requests share one. The live reload and the
quiz are checked in tests/browser.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from curriculum.scaffold import init_project

EXAMPLE = "modules/digital-evidence-basics.yaml"


def start(project: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "curriculum", "serve", *args],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    line = process.stdout.readline() if ready else ""
    return process, line


def stop(process: subprocess.Popen[str]) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    return process.returncode


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    init_project(root)
    return root


@contextmanager
def serving(project: Path) -> Iterator[tuple[str, int]]:
    """``curriculum serve --port 0`` in ``project`` until the block ends: its address."""
    process, line = start(project, "--port", "0")
    try:
        found = re.match(r"Preview at http://(127\.0\.0\.1):(\d+)/ \(Ctrl\+C to stop\)$", line)
        assert found, (line, process.stderr.read() if process.poll() is not None else "")
        yield found.group(1), int(found.group(2))
    finally:
        stop(process)


@pytest.fixture
def server(project: Path) -> Iterator[tuple[str, int]]:
    """A server of its own, for a test that changes its project."""
    with serving(project) as address:
        yield address


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[tuple[str, int], Path]]:
    """One server and its project for the tests that only send requests: starting a server
    (a Python process importing the CLI) was most of each such test's time."""
    root = tmp_path_factory.mktemp("shared") / "course"
    init_project(root)
    with serving(root) as address:
        yield address, root


def get(address: tuple[str, int], path: str, host: str = "") -> tuple[int, str, dict[str, str]]:
    connection = http.client.HTTPConnection(*address, timeout=20)
    try:
        headers = {"Host": host} if host else {}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8"), dict(response.getheaders())
    finally:
        connection.close()


def test_the_overview_modules_and_quiz_files_are_served(
    shared: tuple[tuple[str, int], Path]
) -> None:
    server, project = shared
    status, body, headers = get(server, "/")
    assert status == 200 and "Investigation basics" in body
    assert "default-src 'self'" in headers["content-security-policy"]
    status, body, _ = get(server, "/module/digital-evidence-basics/trainer")
    assert status == 200 and "Trainer edition" in body and "data-preview-toolbar" in body
    status, body, _ = get(server, "/module/digital-evidence-basics/player/index.html")
    assert status == 200 and "data-curriculum-player" in body
    status, body, _ = get(server, "/module/digital-evidence-basics/player/payload.js")
    assert status == 200 and "window.CURRICULUM_PAYLOAD" in body
    assert "Do not change data" in body  # an option text, while the answer stays obscured
    assert get(server, "/module/no-such-module/learner")[0] == 404
    assert not (project / "build").exists()


def test_learner_view_has_no_trainer_notes_and_author_mode_shows_answers(
    shared: tuple[tuple[str, int], Path]
) -> None:
    server, _ = shared
    learner = get(server, "/module/digital-evidence-basics/learner")[1]
    assert "Allow five minutes" not in learner  # a trainer note of the example module
    trainer = get(server, "/module/digital-evidence-basics/trainer")[1]
    assert "Allow five minutes" in trainer
    quiz = get(server, "/module/digital-evidence-basics/quiz")[1]
    assert "data-answer-key" not in quiz
    author = get(server, "/module/digital-evidence-basics/quiz?author=1")[1]
    assert "data-answer-key" in author
    key = get(server, "/module/digital-evidence-basics/answer-key")[1]
    assert "No action should change data that may be relied upon in court." in key


def test_problems_are_validates_own_messages(server: tuple[str, int], project: Path) -> None:
    status, body, _ = get(server, "/_preview/problems.json")
    assert status == 200 and json.loads(body)["problems"] == []
    module = project / EXAMPLE
    module.write_text(module.read_text().replace("level: foundation", "level:foundation"))
    deadline = time.monotonic() + 15
    problems: list[dict[str, object]] = []
    while not problems and time.monotonic() < deadline:
        time.sleep(0.1)
        problems = json.loads(get(server, "/_preview/problems.json")[1])["problems"]
    assert problems, "the watcher did not pick up the save"
    shown = [f"{p['path']}:{p['line']}:{p['col']}: {p['severity']}: {p['message']} [{p['code']}]"
             for p in problems]
    validate = subprocess.run([sys.executable, "-m", "curriculum", "validate"], cwd=project,
                              capture_output=True, text=True, timeout=60)
    assert shown == validate.stdout.splitlines()[:-1]
    assert shown[0].startswith(f"{EXAMPLE}:9:6: error: missing space after")
    page = get(server, "/module/digital-evidence-basics/learner")[1]
    assert "data-problems" in page and "Digital evidence is fragile" in page


def test_other_host_names_and_escaping_paths_are_refused(
    shared: tuple[tuple[str, int], Path]
) -> None:
    server, _ = shared
    assert get(server, "/", host="attacker.example")[0] == 400
    for path in ("/_assets/../../../etc/passwd", "/_assets/%2e%2e/%2e%2e/cli.py",
                 "/_assets/..%2f..%2f__init__.py", "/_preview/app.py"):
        assert get(server, path)[0] == 404, path
    assert get(server, "/_assets/handout.css")[0] == 200


def test_it_listens_on_loopback_only(shared: tuple[tuple[str, int], Path]) -> None:
    (host, port), _ = shared
    assert host == "127.0.0.1"
    outside = _non_loopback_address()
    if outside is None:
        pytest.skip("this machine has no non-loopback address to try")
    with pytest.raises(OSError), socket.create_connection((outside, port), timeout=2):
        pass


def _non_loopback_address() -> str | None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent for a UDP connect
        address: str = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_a_busy_port_is_a_clear_usage_error(project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        process, line = start(project, "--port", str(port))
        code = stop(process)
        assert process.stderr is not None
        error = process.stderr.read()
    assert code == 2 and line == ""
    assert f"cannot listen on 127.0.0.1:{port}" in error and "--port" in error
    assert "Traceback" not in error


def test_outside_a_project_it_says_how_to_start(tmp_path: Path) -> None:
    process, _ = start(tmp_path, "--port", "0")
    code = stop(process)
    assert process.stderr is not None
    assert code == 2 and "curriculum init" in process.stderr.read()


def test_the_server_stops_on_ctrl_c(project: Path) -> None:
    process, line = start(project, "--port", "0")
    assert line.startswith("Preview at ")
    assert stop(process) in (0, 130)


def test_help_and_validate_never_load_the_server() -> None:
    code = (
        "import sys; from curriculum.cli import app; "
        "from typer.testing import CliRunner; CliRunner().invoke(app, ['serve', '--help']); "
        "print(sorted(m for m in ('uvicorn', 'starlette', 'watchfiles') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "[]"
