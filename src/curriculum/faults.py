"""A test hook that makes the N-th file-system step of a run fail or die (fault injection).

Every write, rename, link, folder creation and removal the tool makes goes
through :mod:`curriculum.atomic`, :mod:`curriculum.fileset` or
:mod:`curriculum.outdir`, and each calls :func:`step` first. With the
environment variable ``CURRICULUM_FAULT`` unset (always, outside the tests)
``step`` does nothing. The fault-injection suite (``tests/faults/``) sets it
to make one step misbehave and then checks that nothing was lost:

``kill@N``
    SIGKILL this process at step N (a power cut or ``kill -9``).
``term@N`` / ``hup@N`` / ``int@N``
    send SIGTERM / SIGHUP / SIGINT to this process at step N.
``stop@N``
    SIGSTOP at step N: the run freezes there (holding its lock) until a
    SIGCONT, so a test can start a second run or signal it from outside.
``ENOSPC@N`` (any errno name: ``EROFS``, ``EACCES``, ``EIO``...)
    step N fails with that error, as a full or read-only disk would.
``trace``
    print ``curriculum-fault-step N OP PATH`` on stderr for every step, so a
    test can count the steps of a run and then visit every one.

Steps are counted from 1 in the order the process takes them; the count is
deterministic for a given project and command.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from pathlib import Path

ENV = "CURRICULUM_FAULT"
_SIGNALS = {"kill": signal.SIGKILL, "term": signal.SIGTERM, "hup": signal.SIGHUP,
            "int": signal.SIGINT, "stop": signal.SIGSTOP}
_count = [0]


def step(operation: str, path: Path | str) -> None:
    """Count one file-system step; misbehave here if ``CURRICULUM_FAULT`` says so."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    _count[0] += 1
    if spec == "trace":
        sys.stderr.write(f"curriculum-fault-step {_count[0]} {operation} {path}\n")
        return
    action, _, at = spec.partition("@")
    if not at.isdigit() or int(at) != _count[0]:
        return
    _misbehave(action, operation, path)


def _misbehave(action: str, operation: str, path: Path | str) -> None:
    if action in _SIGNALS:
        os.kill(os.getpid(), _SIGNALS[action])
        return
    code = getattr(errno, action, None)
    if isinstance(code, int):
        raise OSError(code, os.strerror(code), str(path))
