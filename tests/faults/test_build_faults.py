"""Fault injection on `curriculum build`: kill, SIGTERM and a full disk at every step.

After every fault the output folder holds the previous build byte for byte or
the new build complete, a clean exit leaves no staging, old or lock file, and
the next build succeeds and leaves nothing behind either. The sweeps visit
every file-system step of a JSON + SCORM build (``CURRICULUM_FAULT``, see
``curriculum.faults``), with the one-step exchange and with the two-rename
fallback used where the system has no exchange.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_support import (
    Outcome,
    base_env,
    cli,
    debris,
    forked,
    new_tag,
    reset,
    steps,
    tree,
    wait_stopped,
)

import curriculum.atomic as atomic

pytestmark = pytest.mark.slow

ARGS = ["build", "--format", "json", "--format", "scorm12"]
MODULE = Path("modules") / "digital-evidence-basics.yaml"


@dataclass
class Versions:
    """A project whose build/ holds version A while its modules say version B."""

    root: Path
    a: dict[str, bytes]
    b: dict[str, bytes]

    @property
    def out(self) -> Path:
        return self.root / "build"

    def check_after_fault(self, outcome: Outcome, clean: bool) -> None:
        """Old or new build, whole; ``clean``: the run ended itself, so no debris either."""
        assert "Traceback" not in outcome.output, outcome.output
        now = tree(self.out)
        if not now and not clean:  # killed between the fallback's two renames: the old
            aside = list(self.root.glob(".build.old-*"))  # build is aside, whole, and the
            assert len(aside) == 1 and tree(aside[0]) == self.a  # next build restores it
            return
        assert now in (self.a, self.b), sorted(set(now) ^ set(self.a))
        if clean:
            assert debris(self.root) == [], outcome.output

    def check_next_build(self) -> None:
        again = forked(ARGS, self.root)
        assert again.code == 0, again.output
        assert tree(self.out) == self.b
        assert debris(self.root) == []


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Versions:
    """Made once per module: ``curriculum init``, build A, edit a title, build B."""
    root = tmp_path_factory.mktemp("faults") / "demo"
    assert forked(["init", str(root)], root.parent).code == 0
    assert forked(ARGS, root).code == 0
    a = tree(root / "build")
    module = root / MODULE
    module.write_text(module.read_text("utf-8").replace("title: Four principles",
                                                        "title: Five principles"), "utf-8")
    assert forked(ARGS, root).code == 0
    b = tree(root / "build")
    assert a != b and ".curriculum-build" in a
    return Versions(root, a, b)


@pytest.fixture
def versions(made: Versions, tmp_path: Path) -> Versions:
    """A fresh copy of the project, its build/ holding A."""
    root = tmp_path / "demo"
    shutil.copytree(made.root, root, ignore=shutil.ignore_patterns("build"))
    reset(root / "build", made.a)
    return Versions(root, made.a, made.b)


@pytest.fixture(params=["exchange", "two-renames"])
def swap(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The one-step exchange, and the fallback for systems without it (forked runs inherit)."""
    if request.param == "two-renames":
        monkeypatch.setattr(atomic, "_renameat2", lambda: None)
    yield request.param


def _sweep(versions: Versions) -> list[tuple[int, str, str]]:
    found = steps(ARGS, versions.root)
    reset(versions.out, versions.a)
    assert {op for _, op, _ in found} >= {"mkdir", "write", "rename", "remove"}
    return found


def test_kill_9_at_every_step_loses_nothing(versions: Versions, swap: str) -> None:
    found = _sweep(versions)
    if swap == "two-renames":  # up to the swap, the steps are those of the exchange variant
        first = next(n for n, op, p in found
                     if op == "rename" and (p.endswith("/build") or "/.build.old-" in p))
        found = [item for item in found if item[0] >= first]
        assert len(found) >= 3  # build -> old, staging -> build, old -> staging (+ removal)
    for number, operation, path in found:
        reset(versions.out, versions.a)
        outcome = forked(ARGS, versions.root, f"kill@{number}")
        assert outcome.code == -9, (number, operation, path, outcome.output)
        versions.check_after_fault(outcome, clean=False)
        versions.check_next_build()


def test_sigterm_at_every_step_stops_cleanly(versions: Versions) -> None:
    for number, operation, path in _sweep(versions):
        reset(versions.out, versions.a)
        outcome = forked(ARGS, versions.root, f"term@{number}")
        assert outcome.code == 143, (number, operation, path, outcome.output)
        assert "curriculum: interrupted (SIGTERM); files being written were discarded" \
            in outcome.output
        versions.check_after_fault(outcome, clean=True)
    versions.check_next_build()


@pytest.mark.parametrize("fault,code,name", [("hup", 129, "SIGHUP"), ("int", 130, "SIGINT")])
def test_sighup_and_ctrl_c_stop_cleanly(versions: Versions, swap: str, fault: str, code: int,
                                        name: str) -> None:
    for number in _sample(_sweep(versions)):
        reset(versions.out, versions.a)
        outcome = forked(ARGS, versions.root, f"{fault}@{number}")
        assert outcome.code == code, (number, outcome.output)
        assert f"curriculum: interrupted ({name})" in outcome.output
        versions.check_after_fault(outcome, clean=True)
    versions.check_next_build()


def test_disk_full_at_every_step_is_a_message_and_keeps_the_old_build(
    versions: Versions,
) -> None:
    for number, operation, _path in _sweep(versions):
        if operation == "remove":
            continue  # removing never fails for want of space
        _check_os_error(versions, f"ENOSPC@{number}", "No space left on device",
                        "the disk is full; free some space and run the command again")
    versions.check_next_build()


@pytest.mark.parametrize("error,words,hint", [
    ("EROFS", "Read-only file system", "choose a folder on a writable disk"),
    ("EACCES", "Permission denied", "check the folder's permissions or choose another folder"),
    ("EIO", "Input/output error", "check the path and run the command again"),
    ("ENOTDIR", "Not a directory", "a part of this path is a file, not a folder; remove or "
                                   "rename that file"),
])
def test_other_os_errors_are_messages_and_keep_the_old_build(
    versions: Versions, error: str, words: str, hint: str
) -> None:
    for number in _sample(_sweep(versions)):
        _check_os_error(versions, f"{error}@{number}", words, hint)
    versions.check_next_build()


def _check_os_error(versions: Versions, fault: str, words: str, hint: str) -> None:
    reset(versions.out, versions.a)
    outcome = forked(ARGS, versions.root, fault)
    assert outcome.code == 1, (fault, outcome.output)
    assert f"curriculum: error: cannot write build/: {words} (" in outcome.output, outcome.output
    assert outcome.output.rstrip().endswith(hint), outcome.output  # and what to do
    assert "Traceback" not in outcome.output
    assert tree(versions.out) == versions.a, fault
    assert debris(versions.root) == []


def _sample(found: list[tuple[int, str, str]]) -> list[int]:
    """The first step, the first write, a rename inside staging, and the swap itself."""
    first_write = next(n for n, op, _ in found if op == "write")
    renames = [n for n, op, _ in found if op == "rename"]
    return sorted({found[0][0], first_write, renames[0], renames[-1]})


def test_a_first_build_killed_at_every_step_leaves_nothing_or_everything(
    versions: Versions,
) -> None:
    reset(versions.out, {})
    for number in _sample(steps(ARGS, versions.root)):
        reset(versions.out, {})
        outcome = forked(ARGS, versions.root, f"kill@{number}")
        assert outcome.code == -9
        assert tree(versions.out) in ({}, versions.b)
        versions.check_next_build()


def test_building_one_format_keeps_the_others_and_swaps_once(versions: Versions) -> None:
    """A json-only build carries scorm12 over: both are there, from one exchange."""
    found = steps(["build", "--format", "json"], versions.root)
    renames_of_build = [p for _, op, p in found if op == "rename" and p.endswith("/build")]
    assert len(renames_of_build) == 1
    now = tree(versions.out)
    assert {k: v for k, v in now.items() if k.startswith("scorm12")} == \
        {k: v for k, v in versions.a.items() if k.startswith("scorm12")}
    assert {k: v for k, v in now.items() if k.startswith("json")} == \
        {k: v for k, v in versions.b.items() if k.startswith("json")}


def test_leftovers_of_dead_builds_are_removed_or_restored(versions: Versions) -> None:
    dead = _dead_pid()
    junk = versions.root / f".build.staging-{dead}"
    (junk / "json").mkdir(parents=True)
    (junk / "json" / "half.json").write_text("{", "utf-8")
    (versions.root / ".build.lock").write_text(f"{dead}\n", "ascii")  # a stale lock
    versions.out.rename(versions.root / f".build.old-{dead}")  # killed between two renames
    outcome = forked(["build", "--format", "json"], versions.root)
    assert outcome.code == 0, outcome.output
    assert debris(versions.root) == []
    now = tree(versions.out)
    assert {k: v for k, v in now.items() if k.startswith("scorm12")} == \
        {k: v for k, v in versions.a.items() if k.startswith("scorm12")}


def test_sigterm_and_sighup_from_outside_exit_143_and_129(versions: Versions) -> None:

    for signum, code in ((signal.SIGTERM, 143), (signal.SIGHUP, 129)):
        reset(versions.out, versions.a)
        process = subprocess.Popen(
            [sys.executable, "-m", "curriculum", *ARGS], cwd=versions.root,
            env=base_env(new_tag(), "stop@5"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True)
        wait_stopped(process.pid)
        process.send_signal(signum)
        process.send_signal(signal.SIGCONT)
        output, _ = process.communicate(timeout=60)
        assert process.returncode == code, output
        assert f"curriculum: interrupted ({signal.Signals(signum).name}); files being " \
               "written were discarded" in output
        assert tree(versions.out) == versions.a
        assert debris(versions.root) == []
    versions.check_next_build()


def test_two_builds_at_once(versions: Versions) -> None:
    """The second build waits briefly, then exits 2 naming the lock and the first build's pid."""

    first = subprocess.Popen([sys.executable, "-m", "curriculum", *ARGS], cwd=versions.root,
                             env=base_env(new_tag(), "stop@3"), stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    wait_stopped(first.pid)
    second = cli(ARGS, versions.root)
    assert second.code == 2, second.output
    assert (f"curriculum: error: build/ is being written by another curriculum run "
            f"(pid {first.pid}): lock file .build.lock; wait for it to finish and run the "
            "command again") in second.output
    first.send_signal(signal.SIGCONT)
    output, _ = first.communicate(timeout=60)
    assert first.returncode == 0, output
    assert tree(versions.out) == versions.b
    assert debris(versions.root) == []


def test_two_builds_started_together_both_succeed_when_allowed_to_wait(
    versions: Versions,
) -> None:

    runs = []
    for _ in range(3):
        env = {**base_env(new_tag()), "CURRICULUM_LOCK_WAIT": "60"}
        runs.append(subprocess.Popen([sys.executable, "-m", "curriculum", *ARGS],
                                     cwd=versions.root, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True))
    for run in runs:
        output, _ = run.communicate(timeout=120)
        assert run.returncode == 0, output
    assert tree(versions.out) == versions.b
    assert debris(versions.root) == []


def _dead_pid() -> int:


    pid = os.fork()
    if pid == 0:  # pragma: no cover
        os._exit(0)
    os.waitpid(pid, 0)
    return pid

