"""PDF render processes never outlive the build: kill -9 and SIGTERM during a render."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import stop_in_assembly
import term_after_lock
from fault_support import base_env, debris, new_tag, stray_processes, tree

PDF_PROJECT = Path(__file__).parent.parent / "pdf" / "data" / "project"
pytestmark = pytest.mark.slow

ARGS = ["build", "--format", "pdf", "--jobs", "2"]
STOP_BOUND = 10
"""Seconds from SIGTERM to the build's exit, with room for a loaded CI machine."""
LEAK_BOUND = 60
"""Seconds from a fault in the HTML assembly to the end of the build's output. A fork server
left behind is held in its imports for good (``stop_in_assembly``), so it never ends: the
bound only has to outlast the build's own exit on a machine as loaded as it may get (two
test workers beside other jobs), and can be as generous as that needs."""


def _start(root: Path, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "curriculum", *ARGS], cwd=root,
                            env=base_env(tag), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _wait_for_workers(tag: str, build_pid: int, timeout: float = 60) -> list[int]:
    """Wait until render workers (children of the fork server) are running."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        others = [p for p in stray_processes(tag) if p != build_pid]
        workers = [p for p in others if b"forkserver" in _cmdline(p)]
        if len(workers) >= 2:  # the fork server and at least one worker forked from it
            return others
        time.sleep(0.05)
    raise AssertionError("no render worker started")


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _wait_until_gone(tag: str, timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = stray_processes(tag)
        if not left:
            return []
        time.sleep(0.1)
    return stray_processes(tag)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(PDF_PROJECT, root)
    return root


def test_kill_9_during_a_render_leaves_no_process_and_the_next_build_works(
    project: Path,
) -> None:
    tag = new_tag()
    build = _start(project, tag)
    try:
        _wait_for_workers(tag, build.pid)
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=10)
        left = _wait_until_gone(tag, timeout=5)
        assert left == [], [_cmdline(p) for p in left]
    finally:
        build.kill()
        build.wait()
    assert tree(project / "build") == {}  # a first build: nothing, rather than half
    again = _start(project, new_tag())
    output, _ = again.communicate(timeout=300)
    assert again.returncode == 0, output
    assert debris(project) == []
    assert len(list((project / "build" / "pdf").glob("*.pdf"))) == 9


@pytest.mark.parametrize(("size", "delay"), [("small", 0.0), ("large", 0.2), ("large", 1.0)])
def test_sigterm_during_the_hand_over_stops_the_workers_at_once(
    project: Path, size: str, delay: float
) -> None:
    """SIGTERM some time after the first worker appears: jobs are still being handed over.

    In the large project each document's HTML is far bigger than a pipe, so a
    job is still being written to a worker (which is busy rendering) when the
    signal comes.
    """
    if size == "large":
        _enlarge(project)
    tag = new_tag()
    build = _start(project, tag)
    _wait_for_workers(tag, build.pid)
    time.sleep(delay)
    build.send_signal(signal.SIGTERM)
    _assert_stopped(project, build, tag)


def test_sigterm_while_the_fork_server_starts(project: Path) -> None:
    """SIGTERM while the first worker waits for the fork server's imports (slow on a CI).

    The fork server is held stopped, so the first job's hand-over waits for it
    while the build has assembled everything and waits for the hand-over.
    """
    tag = new_tag()
    build = _start(project, tag)
    server = _fork_server(build.pid)
    os.kill(server, signal.SIGSTOP)
    try:
        _wait_until_waiting(build.pid)  # the build assembles its documents meanwhile
        build.send_signal(signal.SIGTERM)
        _assert_stopped(project, build, tag)
    finally:
        with contextlib.suppress(OSError):
            os.kill(server, signal.SIGCONT)


def _wait_until_waiting(pid: int, timeout: float = 120) -> None:
    """Wait until the build's main thread has slept for half a second: it has assembled
    what it could and waits for the hand-over (a fixed delay is too short on a loaded machine,
    and a signal during the assembly, before the pool, tests something else)."""
    deadline = time.monotonic() + timeout
    asleep_since: float | None = None
    while time.monotonic() < deadline:
        now = time.monotonic()
        stat = Path(f"/proc/{pid}/stat").read_bytes().rpartition(b")")[2].split()
        if stat[0] != b"S":
            asleep_since = None
        elif asleep_since is None:
            asleep_since = now
        elif now - asleep_since >= 0.5:
            return
        time.sleep(0.02)
    raise AssertionError("the build never waited for the fork server")


def _fork_server(build_pid: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and b"forkserver" in _cmdline(int(entry.name)):
                with contextlib.suppress(OSError, IndexError):
                    stat = (entry / "stat").read_bytes().rpartition(b")")[2].split()
                    if int(stat[1]) == build_pid:
                        return int(entry.name)
        time.sleep(0.02)
    raise AssertionError("no fork server started")


@pytest.mark.parametrize("lock", [3, 7, 11])
def test_sigterm_just_after_the_build_took_a_lock_of_the_pool(project: Path, lock: int) -> None:
    """The signal's exception lands inside the standard library's pool and threading code.

    It is raised between two bytecodes of the main thread, wherever that
    thread is: here right after it took its ``lock``-th lock there (the futures'
    locks, which the pool's own thread needs to fail or finish them, among them).
    """
    tag = new_tag()
    log = project.parent / "locks.log"  # a line per lock taken, the last one just before the kill
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"import term_after_lock; term_after_lock.run({lock}, {ARGS!r})")
    build = subprocess.Popen([sys.executable, "-c", code], cwd=project,
                             env={**base_env(tag), term_after_lock.LOG_ENV: str(log)},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    _wait_for_lines(log, lock, build)
    _assert_stopped(project, build, tag)  # counted from the signal, not from the start


@pytest.mark.parametrize(("where", "how"), [("__init__", "term"), ("book_html", "term"),
                                            ("book_html", "int"), ("__init__", "EIO"),
                                            ("book_html", "EIO")])
def test_a_fault_while_assembling_the_html_stops_the_fork_server(
    project: Path, where: str, how: str
) -> None:
    """SIGTERM, Ctrl-C or an error while the HTML is assembled, before the pool exists
    (``__init__``) or before a job is handed over (``book_html``).

    The fork server, started before the assembly, is held in its imports (as on a loaded
    machine, where they take seconds): the build must stop it, not leave it holding the
    build's output until its imports end and it notices the build is gone.
    """
    tag = new_tag()
    log = project.parent / "stop.log"
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"import stop_in_assembly; stop_in_assembly.run({where!r}, {how!r}, {ARGS!r})")
    build = subprocess.Popen([sys.executable, "-c", code], cwd=project,
                             env={**base_env(tag), stop_in_assembly.LOG_ENV: str(log)},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_lines(log, 1, build)
        if how in stop_in_assembly.SIGNALS:
            _assert_stopped(project, build, tag, signal.Signals(stop_in_assembly.SIGNALS[how]),
                            LEAK_BOUND)
        else:
            _assert_failed(project, build, tag, LEAK_BOUND)
    finally:
        for pid in stray_processes(tag):  # a fork server held stopped ends only by SIGKILL
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _assert_failed(project: Path, build: subprocess.Popen[str], tag: str, bound: float) -> None:
    """The build fails within ``bound`` seconds with its error, leaving nothing behind."""
    output = _output_within(build, tag, bound)
    assert build.returncode == 1, output
    assert "Input/output error (template.html)" in output, output
    assert _wait_until_gone(tag, timeout=5) == []
    assert not (project / "build").exists() and debris(project) == []


def _wait_for_lines(log: Path, count: int, build: subprocess.Popen[str],
                    timeout: float = 300) -> None:
    """Wait until ``log`` has ``count`` lines (or the build ended): the start-up of a build
    (imports, checks, HTML) is no part of what is timed, and is slow on a loaded machine."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and build.poll() is None:
        if log.exists() and log.read_text("utf-8").count("\n") >= count:
            return
        time.sleep(0.02)


def _assert_stopped(project: Path, build: subprocess.Popen[str], tag: str,
                    signum: signal.Signals = signal.SIGTERM, bound: float = STOP_BOUND) -> None:
    """The build ends within ``bound`` seconds with 128 + ``signum`` and its message, leaving
    nothing behind."""
    output = _output_within(build, tag, bound)
    assert build.returncode == 128 + signum, output
    assert (f"curriculum: interrupted ({signum.name}); files being written were discarded"
            in output)
    assert _wait_until_gone(tag, timeout=5) == []
    assert not (project / "build").exists() and debris(project) == []


def _output_within(build: subprocess.Popen[str], tag: str, bound: float) -> str:
    """The build's output, once it has ended and every process holding its output too."""
    try:
        output, _ = build.communicate(timeout=bound)
    except subprocess.TimeoutExpired:
        for pid in stray_processes(tag):
            os.kill(pid, signal.SIGKILL)
        output, _ = build.communicate()
        raise AssertionError(f"still running after {bound} s: {output}") from None
    return output


def _enlarge(project: Path) -> None:
    """Give the green module's documents and the course book over 100 kB of HTML each.

    A pipe holds 64 kB, so handing such a job to a busy worker blocks midway.
    """
    module = project / "modules" / "green-module.yaml"
    first = "      Capture volatile memory before powering down.\n"
    paragraphs = "".join(f"\n      Paragraph {n}: {'volatile memory evidence ' * 60}\n"
                         for n in range(80))
    text = module.read_text(encoding="utf-8")
    assert first in text
    module.write_text(text.replace(first, first + paragraphs, 1), encoding="utf-8")
