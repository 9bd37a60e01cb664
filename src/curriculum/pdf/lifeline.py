"""Render workers die with the build: a parent-death signal and a watchdog thread.

A render worker holds a few hundred megabytes. If the build is killed
(``kill -9``, out of memory, a closed terminal), nothing would stop its
workers, which are children of the multiprocessing fork server rather than of
the build. Two guards, set up by :func:`bind_to_build` when a worker starts:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker
  when its parent (the fork server, which itself exits when the build's end
  of its pipe closes) dies;
* everywhere, a daemon thread that checks twice a second that the worker's
  parent is still the same process and that the build is still running, and
  kills the worker otherwise.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
CHECK_EVERY = 0.5


def bind_to_build(build_pid: int) -> None:
    """Worker initializer: end this process when the build process ``build_pid`` ends."""
    parent = os.getppid()
    _parent_death_signal()
    if not _alive(build_pid):  # the build died before the guard was in place
        _die()
    watchdog = threading.Thread(target=_watch, args=(parent, build_pid), daemon=True,
                                name="curriculum-lifeline")
    watchdog.start()


def _parent_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (AttributeError, OSError):
        return


def _watch(parent: int, build_pid: int) -> None:
    while os.getppid() == parent and _alive(build_pid):
        time.sleep(CHECK_EVERY)
    _die()


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, killed but not yet reaped, counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rpartition(b")")[2].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)
