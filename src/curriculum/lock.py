"""One writer at a time: a lock file holding its owner's pid.

``build`` and ``draft`` take the lock of the folder they write before they
touch anything, so two runs never race on the same files. The lock is an
``flock`` on the file (released by the kernel when its owner dies, however it
dies) and the file holds the owner's pid so that a refusal can name it. Where
``flock`` is not available (some network file systems) the file alone is the
lock, created exclusively, and a lock whose pid is no longer running is stale
and taken over.

A second run waits a little (``CURRICULUM_LOCK_WAIT`` seconds, default 3) and
then exits 2 naming the lock file and the pid that holds it. The lock file is
removed when its owner releases it.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curriculum.diagnostics import display_path
from curriculum.errors import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WAIT_ENV = "CURRICULUM_LOCK_WAIT"
DEFAULT_WAIT = 3.0
_POLL = 0.1
_NO_FLOCK = (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS)


class Busy(UsageError):
    """Another run holds the lock (exit 2: run the command again later)."""


@contextmanager
def locked(path: Path, what: str) -> Iterator[None]:
    """Hold the lock file ``path`` while ``what`` (e.g. "build/") is being written."""
    fd = _acquire(path, what)
    try:
        yield
    finally:
        _release(path, fd)


def _acquire(path: Path, what: str) -> int:
    deadline = time.monotonic() + _wait_seconds()
    while True:
        fd, holder = _try_once(path)
        if fd is not None:
            return fd
        if time.monotonic() >= deadline:
            raise Busy(_busy_message(path, what, holder))
        time.sleep(_POLL)


def _wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def _try_once(path: Path) -> tuple[int | None, int | None]:
    """The locked descriptor, or None and the pid that holds the lock (None if unknown)."""
    fd = _open(path)
    try:
        if not _flock(fd):
            holder = _read_pid(fd)
            os.close(fd)
            return None, holder
    except _FlockUnsupported:
        os.close(fd)
        return _try_exclusive(path)
    if not _same_file(fd, path):  # removed by its previous owner meanwhile: start again
        os.close(fd)
        return _try_once(path)
    _write_pid(fd)
    return fd, None


def _open(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, 0o644)


class _FlockUnsupported(Exception):
    """This file system has no ``flock``: fall back to an exclusive file with a pid."""


def _flock(fd: int) -> bool:
    if fcntl is None:
        raise _FlockUnsupported
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in _NO_FLOCK:
            raise _FlockUnsupported from None
        raise
    return True


def _try_exclusive(path: Path) -> tuple[int | None, int | None]:
    """Without flock: the lock is the file itself; a dead owner's file is stale."""
    holder = _pid_in(path)
    if holder is not None and not _alive(holder):
        path.unlink(missing_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o644)
    except FileExistsError:
        return None, _pid_in(path)
    _write_pid(fd)
    return fd, None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
    except FileNotFoundError:
        return False


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)


def _read_pid(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _pid_in(path: Path) -> int | None:
    try:
        text = path.read_text("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _release(path: Path, fd: int) -> None:
    """Remove the file while still holding it, then let go (waiters re-check the inode)."""
    try:
        if _same_file(fd, path):
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)


def _busy_message(path: Path, what: str, holder: int | None) -> str:
    if holder is None:
        who = "another curriculum run"
    elif _alive(holder):
        who = f"another curriculum run (pid {holder})"
    else:
        who = (f"a process left behind by pid {holder}, which is no longer running "
               "(end any leftover curriculum process)")
    return (f"{what} is being written by {who}: lock file {display_path(path)}; wait for it "
            "to finish and run the command again")
