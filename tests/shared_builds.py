"""Builds made once per test session and shared by the pytest-xdist workers.

A session fixture is made once per worker: with ``-n 2 --dist loadfile``, two test files
reading the same built project on different workers would each build it. Here the first
worker to need a build makes it in the session's temporary root (the folder both workers'
basetemps are in), holding an flock, and writes a marker last; the other waits on the lock
and reads the same folder. A build that failed half-way (no marker) is removed and made
again. The folder belongs to the session, so a build never outlives the sources it was made
from. The builds are only read: a test that changes one works on a copy.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str,
               make: Callable[[Path], Path]) -> Path:
    """The path ``make(folder)`` returned for the session's one build called ``name``:
    ``make`` builds into the empty ``folder`` once for all workers."""
    shared = session_temp(tmp_path_factory) / "shared-builds"
    shared.mkdir(exist_ok=True)
    folder = shared / name
    done = shared / f"{name}.built"  # written last: a build that failed half-way is redone
    with exclusive(shared / f"{name}.lock"):
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            done.write_text(str(make(folder)), "utf-8")
        return Path(done.read_text("utf-8"))


def session_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This session's temporary root, the same for every xdist worker (each worker's own
    basetemp is a folder in it); without xdist, the session's basetemp."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an flock on ``path`` (released by the kernel if the holder dies)."""
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
