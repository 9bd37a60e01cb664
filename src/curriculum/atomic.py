"""File-system steps that never leave half a file and never follow a symbolic link.

Every write, rename, link and removal of the tool goes through here (or
through :mod:`curriculum.fileset` and :mod:`curriculum.outdir`, which build on
these), so that each one is also a fault-injection point for the tests
(:func:`curriculum.faults.step`).

Why no symlink is ever followed: a project folder received from elsewhere is
hostile input, and ``build/.cache -> ~/Documents`` must not make the build
write or delete there. Files are created with ``O_EXCL`` (which refuses an
existing symlink), renames replace a link rather than its target, and removals
unlink links instead of descending into them.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curriculum.faults import step

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_DEFERRED = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
             if hasattr(signal, name)}


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block ends, so a swap or cleanup completes.

    A signal that arrives meanwhile is delivered (and stops the command) right after.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    make_dirs(path.parent)
    step("write", path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        replace(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """UTF-8 text with ``\\n`` line ends, written atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``; fails if anything (a symlink too) is already there.

    For folders this process created itself (staging, a cache entry being
    filled): no rename needed, since nobody reads them before they are moved.
    """
    step("write", path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o644)  # not the umask: outputs are reproducible
            handle.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def make_dirs(path: Path) -> None:
    """``mkdir -p``; an existing folder is fine, a file in the way is an error (ENOTDIR)."""
    if path.is_dir():
        return
    if os.path.lexists(path):  # a file (or a dangling link) where a folder should be
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    if not path.parent.exists() and path.parent != path:
        make_dirs(path.parent)
    step("mkdir", path)
    os.mkdir(path)


def replace(src: Path, dst: Path) -> None:
    """Rename ``src`` over ``dst`` (a symlink at ``dst`` is replaced, never followed)."""
    step("rename", dst)
    os.replace(src, dst)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``).

    Returns False, having changed nothing, where the system or file system
    cannot do it; the caller then falls back to two renames.
    """
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    step("rename", second)
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                 _RENAME_EXCHANGE) == 0:
        fsync_dir(second.parent)
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_tree(path: Path) -> None:
    """Remove ``path`` if it exists: a file or symlink is unlinked, a folder emptied and removed.

    Never follows a symlink: a linked folder loses the link, not its content.
    """
    try:
        mode = path.lstat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    step("remove", path)
    if stat.S_ISDIR(mode):
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def link_tree(src: Path, dst: Path) -> int:
    """Mirror the folder ``src`` into the new folder ``dst`` with hard links.

    Folders are recreated, regular files hard-linked (copied where a link is
    refused), and symlinks and special files left out: they are never
    followed. Returns how many were left out. Nothing under ``dst`` may then
    be written in place, since it shares its bytes with ``src``; the tool
    only ever replaces files whole.
    """
    step("mkdir", dst)
    os.mkdir(dst)
    left_out = 0
    with os.scandir(src) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            target = dst / entry.name
            if entry.is_dir(follow_symlinks=False):
                left_out += link_tree(Path(entry.path), target)
            elif entry.is_file(follow_symlinks=False):
                link_file(Path(entry.path), target)
            else:
                left_out += 1
    return left_out


def link_file(src: Path, dst: Path) -> None:
    """Hard-link the regular file ``src`` as ``dst`` (a copy where linking is refused)."""
    step("link", dst)
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP):
            raise
        fd = os.open(src, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            write_new(dst, handle.read())
