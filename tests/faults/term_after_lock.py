"""Run ``python -m curriculum`` that sends itself SIGTERM right after its N-th lock.

Used by ``test_render_processes.py`` through ``python -c``. A stop signal
becomes an exception raised in the main thread between two bytecodes, so also
inside the standard library's process pool and threading code, just after it
took a lock that other threads need; the build must end promptly wherever it
lands. Counted: locks the main thread takes in ``concurrent.futures``,
``threading`` and ``multiprocessing`` code, from the first time it enters
``concurrent.futures`` (the pool starts).
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
from types import FrameType
from typing import Any

WATCHED = ("/concurrent/futures/", "/threading.py", "/multiprocessing/")
LOG_ENV = "CURRICULUM_TEST_LOCK_LOG"


def run(nth: int, args: list[str]) -> None:
    """Arm the profiler for lock ``nth``, then run the CLI with ``args`` as ``-m`` would."""
    _arm(nth, os.environ.get(LOG_ENV))
    sys.argv = ["curriculum", *args]
    runpy.run_module("curriculum", run_name="__main__", alter_sys=True)


def _arm(nth: int, log_path: str | None) -> None:
    taken = [0]
    armed = [False]
    log = open(log_path, "w", encoding="utf-8") if log_path else None  # noqa: SIM115

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        name = frame.f_code.co_filename.replace(os.sep, "/")
        armed[0] = armed[0] or "/concurrent/futures/" in name
        if not armed[0] or event != "c_return" or not any(p in name for p in WATCHED):
            return
        if getattr(arg, "__name__", "") not in ("acquire", "__enter__"):
            return
        taken[0] += 1
        if log is not None:
            log.write(f"{taken[0]} {name}:{frame.f_lineno} {frame.f_code.co_name}\n")
            log.flush()
        if taken[0] == nth:
            sys.setprofile(None)
            os.kill(os.getpid(), signal.SIGTERM)

    sys.setprofile(profile)
