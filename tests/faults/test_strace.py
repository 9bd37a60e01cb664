"""The same faults from outside the tool: strace makes real system calls fail or kill.

Independent of the tool's own hook (``CURRICULUM_FAULT``): strace's
``-e inject`` makes the N-th ``rename`` (each file put in place) or
``renameat2`` (the swap of the whole build) fail with ENOSPC, or kills the
process right there. strace is a Debian package that ``.ci/run`` installs;
where it is missing or cannot trace (no ptrace in a container), this file is
skipped and says why.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fault_support import base_env, debris, error_line, forked, new_tag, reset, tree

ARGS = ["build", "--format", "json"]


def _strace_works() -> str | None:
    if shutil.which("strace") is None:
        return "strace is not installed (apt-get install strace)"
    done = subprocess.run(["strace", "-f", "-qq", "-o", "/dev/null", "true"],
                          capture_output=True, timeout=30)
    return None if done.returncode == 0 else f"strace cannot trace here: {done.stderr!r}"


REASON = _strace_works()
pytestmark = [pytest.mark.skipif(REASON is not None, reason=REASON or ""), pytest.mark.slow]


def _traced(root: Path, inject: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    command = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject={inject}",
               sys.executable, "-m", "curriculum", *args]
    return subprocess.run(command, cwd=root, env=base_env(new_tag()), capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    root = tmp_path / "demo"
    assert forked(["init", str(root)], tmp_path).code == 0
    assert forked(ARGS, root).code == 0
    a = tree(root / "build")
    module = root / "modules" / "digital-evidence-basics.yaml"
    module.write_text(module.read_text("utf-8").replace("title: Four principles",
                                                        "title: Five principles"), "utf-8")
    assert forked(ARGS, root).code == 0
    b = tree(root / "build")
    reset(root / "build", a)
    return root, a, b


RENAMES = [("rename", 1), ("rename", 2), ("rename", 3), ("renameat2", 1)]
"""A JSON build renames its three files into staging, then swaps the build in one renameat2."""


@pytest.mark.parametrize("call,when", RENAMES)
def test_disk_full_at_each_rename(
    project: tuple[Path, dict[str, bytes], dict[str, bytes]], call: str, when: int
) -> None:
    root, a, _b = project
    done = _traced(root, f"{call}:error=ENOSPC:when={when}", ARGS)
    assert done.returncode == 1, done.stderr
    line = error_line(done.stderr)
    assert line.startswith("curriculum: error: cannot write build/: No space left on device (")
    assert "Traceback" not in done.stderr
    assert tree(root / "build") == a
    assert debris(root) == []


@pytest.mark.parametrize("call,when", RENAMES)
def test_kill_at_each_rename(
    project: tuple[Path, dict[str, bytes], dict[str, bytes]], call: str, when: int
) -> None:
    root, a, b = project
    done = _traced(root, f"{call}:signal=KILL:when={when}", ARGS)
    assert done.returncode in (-9, 137), done.stderr
    assert tree(root / "build") == a  # the swap itself was killed before it happened
    again = forked(ARGS, root)
    assert again.code == 0, again.output
    assert tree(root / "build") == b and debris(root) == []


def test_draft_killed_and_disk_full_at_a_rename(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent.parent / "draft"))
    from draft_fixtures import make_project

    root = make_project(tmp_path / "proj")
    args = ["draft", "sources/vid-workshop.md", "--out", "drafts"]
    done = _traced(root, "rename:error=ENOSPC:when=4", args)
    assert done.returncode == 1, done.stderr
    assert "curriculum: error: cannot write drafts/: No space left on device (" in done.stderr
    assert sorted(p.name for p in (root / "drafts").iterdir()) == []
    done = _traced(root, "rename:signal=KILL:when=3", args)
    assert done.returncode in (-9, 137)
    again = forked(args, root)  # no --force: the dead run's files are rolled back first
    assert again.code == 0, again.output
    assert len([p for p in (root / "drafts").iterdir() if not p.name.startswith(".")]) == 6
    assert debris(root / "drafts") == []
