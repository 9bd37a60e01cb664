"""Run ``python -m curriculum`` that stops itself while it assembles the PDF handouts' HTML.

Used by ``test_render_processes.py`` through ``python -c``. The fork server is
started before any HTML is assembled, and imports WeasyPrint for a second or
more (much more on a loaded machine); here it is held stopped (SIGSTOP) as soon
as it starts, so it stays in its imports for good, and a build that leaves
without stopping it leaves it behind, holding the build's output. Then the
build meets a fault when it first enters the ``Assembler`` method ``where``:
SIGTERM (``term``), SIGINT (``int``) or a failing read (any errno name, ``EIO``).
A line goes to the log at ``CURRICULUM_TEST_STOP_LOG`` just before, so the test
times the stop from the fault, not from the start.

SIGINT is made to raise ``KeyboardInterrupt`` first, as at an interactive prompt:
a process started with SIGINT ignored keeps ignoring it (Python installs its
handler only over the default action), and a test run can start so, as a
background job of a script does (``cmd &`` in a shell without job control, where
CI may run the suite). The signal would then do nothing, and the build would go
on to hand its first job to the held fork server and wait for it for good.
"""

from __future__ import annotations

import errno
import functools
import multiprocessing.forkserver
import os
import runpy
import signal
import sys
from collections.abc import Callable
from typing import Any

LOG_ENV = "CURRICULUM_TEST_STOP_LOG"
SIGNALS = {"term": signal.SIGTERM, "int": signal.SIGINT}


def run(where: str, how: str, args: list[str]) -> None:
    """Hold the fork server, arm the fault, then run the CLI with ``args`` as ``-m`` would."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started ignored
    _hold_fork_server()
    _arm(where, how, os.environ[LOG_ENV])
    sys.argv = ["curriculum", *args]
    runpy.run_module("curriculum", run_name="__main__", alter_sys=True)


def _hold_fork_server() -> None:
    """Stop the fork server the moment ``start_early`` has started it."""
    start = multiprocessing.forkserver.ensure_running

    def ensure_running() -> None:
        start()
        server = getattr(multiprocessing.forkserver, "_forkserver", None)
        pid = getattr(server, "_forkserver_pid", None)
        if isinstance(pid, int):
            os.kill(pid, signal.SIGSTOP)

    multiprocessing.forkserver.ensure_running = ensure_running


def _arm(where: str, how: str, log_path: str) -> None:
    from curriculum.pdf.documents import Assembler

    method: Callable[..., Any] = getattr(Assembler, where)
    fired = [False]

    @functools.wraps(method)
    def faulty(*args: Any, **kwargs: Any) -> Any:
        if not fired[0]:
            fired[0] = True
            with open(log_path, "w", encoding="utf-8") as log:
                log.write(f"{where} {how}\n")
            _fault(how)
        return method(*args, **kwargs)

    setattr(Assembler, where, faulty)


def _fault(how: str) -> None:
    if how in SIGNALS:
        os.kill(os.getpid(), SIGNALS[how])
        return
    code = getattr(errno, how)
    raise OSError(code, os.strerror(code), "template.html")
