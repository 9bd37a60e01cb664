"""Helpers for the fault-injection suite: run the CLI, break it, and look at what is left.

Two ways to run the command:

* :func:`cli` runs ``python -m curriculum`` as a real process (signals from
  outside, render workers, strace);
* :func:`forked` forks this test process and runs the same CLI entry point in
  the child. The child is a real process that really dies of SIGKILL or
  SIGTERM, but it starts in milliseconds because everything is imported
  already, which is what lets the suite visit every step of a run.

Each run is tagged through the environment (``CURRICULUM_TEST_TAG``), which
every process it starts inherits, so :func:`stray_processes` finds any
survivor in ``/proc``, render workers and the fork server included.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import rich.progress
import typer

import curriculum.build
import curriculum.draft
import curriculum.exporters.json_package
import curriculum.exporters.scorm
import curriculum.scaffold
from curriculum import faults
from curriculum.cli import app
from curriculum.errors import CurriculumError

WARM = (curriculum.build, curriculum.draft, curriculum.exporters.json_package,
        curriculum.exporters.scorm, curriculum.scaffold, rich.progress)
"""Imported here, once, so that forked runs start with everything loaded."""

SOURCE = str(Path(curriculum.build.__file__).resolve().parent.parent)
"""The folder this process imports ``curriculum`` from: commands run in a project folder
import it from there too (a relative ``PYTHONPATH=src`` reaches another checkout from there,
or none)."""
TAG_ENV = "CURRICULUM_TEST_TAG"
STEP = re.compile(r"^curriculum-fault-step (\d+) (\w+) (.*)$", re.M)
EPOCH = "1543449600"


@dataclass(frozen=True)
class Outcome:
    """How a run ended: ``code`` is the exit status, or minus the signal that killed it."""

    code: int
    output: str


def base_env(tag: str, fault: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != faults.ENV}
    env.update({"SOURCE_DATE_EPOCH": EPOCH, TAG_ENV: tag, "CURRICULUM_LOCK_WAIT": "0",
                "PYTHONPATH": SOURCE})
    if fault:
        env[faults.ENV] = fault
    return env


def cli(args: list[str], cwd: Path, fault: str | None = None, tag: str = "",
        timeout: float = 120) -> Outcome:
    """``python -m curriculum ARGS`` in ``cwd`` as a separate process."""
    completed = subprocess.run([sys.executable, "-m", "curriculum", *args], cwd=cwd,
                               env=base_env(tag or new_tag(), fault), capture_output=True,
                               text=True, timeout=timeout)
    return Outcome(completed.returncode, completed.stdout + completed.stderr)


def forked(args: list[str], cwd: Path, fault: str | None = None) -> Outcome:
    """Run the CLI in a forked child of this process (see the module docstring)."""
    return forked_call(lambda: app(args, prog_name="curriculum"), cwd, fault)


def forked_call(function: Callable[[], object], cwd: Path, fault: str | None = None) -> Outcome:
    """Run ``function`` in a forked child; exit 0 when it returns, its code on SystemExit."""
    log = cwd.parent / f".fault-log-{uuid.uuid4().hex}"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(function, cwd, fault, log)
    _, status = os.waitpid(pid, 0)
    output = log.read_text("utf-8", "replace") if log.exists() else ""
    log.unlink(missing_ok=True)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return Outcome(code, output)


def _child(function: Callable[[], object], cwd: Path, fault: str | None, log: Path) -> None:
    code = 99
    try:
        stream = open(log, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        sys.stdout = sys.stderr = stream
        os.dup2(stream.fileno(), 1)
        os.dup2(stream.fileno(), 2)
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(base_env(new_tag(), fault))
        faults._count[0] = 0
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            function()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except typer.Exit as exc:  # a call wrapped in cli.handles_errors
            code = exc.exit_code
        except CurriculumError as exc:  # a library call: print it as the CLI would
            stream.write(f"curriculum: error: {exc.message}\n")
            code = exc.exit_code
    except BaseException as exc:  # report anything, never return to pytest
        sys.__stderr__.write(f"child crashed: {exc!r}\n")
    finally:
        try:
            sys.stdout.flush()
        finally:
            os._exit(code)


def steps(args: list[str], cwd: Path) -> list[tuple[int, str, str]]:
    """Every file-system step of a run, as (number, operation, path)."""
    outcome = forked(args, cwd, "trace")
    assert outcome.code == 0, outcome.output
    return [(int(n), op, path) for n, op, path in STEP.findall(outcome.output)]


def new_tag() -> str:
    return uuid.uuid4().hex


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (hidden ones too); a symlink shows as ``-> target``."""
    if not os.path.lexists(folder):
        return {}
    found: dict[str, bytes] = {}
    for base, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(base) / name
            key = str(path.relative_to(folder))
            if path.is_symlink():
                found[key] = f"-> {os.readlink(path)}".encode()
            elif path.is_file():
                found[key] = path.read_bytes()
    return found


def debris(folder: Path) -> list[str]:
    """What a finished run must not leave: staging, old, lock and temporary files."""
    patterns = (".build.", ".curriculum-set-", ".curriculum.lock", ".fault-log-")
    left = []
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            if name.startswith(patterns) or name.endswith(".tmp") or ".tmp-" in name:
                left.append(str(Path(base, name).relative_to(folder)))
    return sorted(left)


def stray_processes(tag: str) -> list[int]:
    """Pids of live processes whose environment carries ``tag`` (none may survive a run)."""
    needle = f"{TAG_ENV}={tag}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_bytes().rpartition(b")")[2].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != b"Z":
            found.append(int(entry.name))
    return found


def reset(folder: Path, saved: dict[str, bytes]) -> None:
    """Put ``folder`` back to the files in ``saved`` (as :func:`tree` returned them)."""
    shutil.rmtree(folder, ignore_errors=True)
    if not saved:
        return
    folder.mkdir()
    for relative, data in saved.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def wait_stopped(pid: int, timeout: float = 60) -> None:
    """Wait until ``pid`` has stopped itself (``CURRICULUM_FAULT=stop@N``)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = Path(f"/proc/{pid}/stat").read_bytes().rpartition(b")")[2].split()[0]
        if state == b"T":
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} never reached its stop step")


def error_line(output: str) -> str:
    """The ``curriculum: error:`` line of a run's output (progress lines may come before it)."""
    lines = [line for line in output.splitlines() if line.startswith("curriculum: error:")]
    assert len(lines) == 1, output
    return lines[0]
