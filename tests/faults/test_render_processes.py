"""PDF render processes never outlive the build: kill -9 and SIGTERM during a render."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_support import base_env, debris, new_tag, stray_processes, tree

PDF_PROJECT = Path(__file__).parent.parent / "pdf" / "data" / "project"
ARGS = ["build", "--format", "pdf", "--jobs", "2"]


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


def test_sigterm_during_a_render_stops_the_workers_at_once(project: Path) -> None:
    tag = new_tag()
    build = _start(project, tag)
    _wait_for_workers(tag, build.pid)
    build.send_signal(signal.SIGTERM)
    output, _ = build.communicate(timeout=30)
    assert build.returncode == 143, output
    assert "curriculum: interrupted (SIGTERM); files being written were discarded" in output
    assert _wait_until_gone(tag, timeout=5) == []
    assert not (project / "build").exists() and debris(project) == []
