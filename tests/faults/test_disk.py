"""A real full disk and a real read-only disk: a small tmpfs (needs root and mount; else skipped).

Where tmpfs cannot be mounted (no root, a container without CAP_SYS_ADMIN)
the same errors are covered by injection in ``test_build_faults.py`` and by
strace in ``test_strace.py``; this file says so when it skips.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_support import debris, error_line, forked, tree

ARGS = ["build", "--format", "json", "--format", "scorm12"]


def _mount(point: Path, options: str) -> bool:
    point.mkdir()
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs, unmounted afterwards."""
    point = tmp_path / "disk"
    if not _mount(point, "size=1m,mode=0755"):
        pytest.skip("cannot mount a tmpfs here (needs root); ENOSPC/EROFS are covered by "
                    "injection in test_build_faults.py")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    assert forked(["init", str(root)], tmp_path).code == 0
    return root


def _edit(project: Path) -> None:
    module = project / "modules" / "digital-evidence-basics.yaml"
    module.write_text(module.read_text("utf-8").replace("title: Four principles",
                                                        "title: Five principles"), "utf-8")


def test_a_full_disk_keeps_the_previous_build_and_says_so(project: Path, disk: Path) -> None:
    out = disk / "build"
    assert forked([*ARGS, "--out", str(out)], project).code == 0
    before = tree(out)
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    (disk / "filler").write_bytes(b"\0" * (free - 20_000))
    _edit(project)
    outcome = forked([*ARGS, "--out", str(out)], project)
    assert outcome.code == 1, outcome.output
    shown = os.path.relpath(out, project)
    line = error_line(outcome.output)
    assert line.startswith(f"curriculum: error: cannot write {shown}/: No space left on device")
    assert outcome.output.rstrip().endswith(
        "the disk is full; free some space and run the command again")
    assert "Traceback" not in outcome.output
    assert tree(out) == before
    assert sorted(os.listdir(disk)) == ["build", "filler"]  # no staging, lock or temp file
    (disk / "filler").unlink()
    again = forked([*ARGS, "--out", str(out)], project)
    assert again.code == 0, again.output
    assert tree(out) != before and debris(disk) == []


def test_a_read_only_disk_is_a_message(project: Path, disk: Path) -> None:
    out = disk / "build"
    assert forked([*ARGS, "--out", str(out)], project).code == 0
    before = tree(out)
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    try:
        outcome = forked([*ARGS, "--out", str(out)], project)
        assert outcome.code == 2, outcome.output  # a read-only --out is a bad argument
        shown = os.path.relpath(out, project)
        line = error_line(outcome.output)
        assert line.startswith(f"curriculum: error: cannot write {shown}/: Read-only file system (")
        assert outcome.output.rstrip().endswith("choose a folder on a writable disk")
        schema = forked(["schema", "--out", str(disk / "schemas")], project)
        assert schema.code == 2 and "Read-only file system" in schema.output
        init = forked(["init", str(disk / "new")], project)
        assert init.code == 2 and "Read-only file system" in init.output
        assert tree(out) == before
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    assert forked([*ARGS, "--out", str(out)], project).code == 0
