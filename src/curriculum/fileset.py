"""Write several files into one folder as a set: all of them appear, or none.

``curriculum draft`` writes six or so files that only make sense together
(the drafts, their audit and metrics). A folder such as ``modules/`` holds the
author's own files too, so it cannot be swapped whole like ``build/``.
Instead, under the folder's lock:

1. every file is written into a staging folder inside the target folder
   (``.curriculum-set-<pid>/``, invisible to ``validate``, which reads only
   ``*.yaml`` files at the top of the folder), with a journal naming each
   target and whether a file was there before;
2. each target is renamed into place, a file it replaces first moved into
   the staging folder;
3. a ``committed`` mark is written and the staging folder removed.

A failure or signal during step 2 rolls back (the moved files return, the new
ones are removed). A ``kill -9`` cannot run a rollback, so the next run into
that folder finds the staging folder, reads its journal and rolls back before
anything else: the previous files return, and the run is not refused for
files a dead run left behind. Nothing leaves a ``.tmp`` file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from curriculum.atomic import (
    make_dirs,
    remove_tree,
    replace,
    signals_deferred,
    write_new,
)
from curriculum.diagnostics import display_path
from curriculum.errors import UsageError, file_problem
from curriculum.lock import locked

STAGING_PREFIX = ".curriculum-set-"
LOCK_NAME = ".curriculum.lock"
JOURNAL = "journal.json"
COMMITTED = "committed"


@dataclass(frozen=True)
class _Item:
    """One target: its name in the folder, whether it existed, and the new bytes' digest."""

    index: int
    name: str
    existed: bool
    sha256: str

    @property
    def new(self) -> str:
        return f"{self.index}.new"

    @property
    def old(self) -> str:
        return f"{self.index}.old"


def write_set(files: Mapping[Path, str], *, replace_existing: bool, usage: bool = False) -> None:
    """Write ``files`` (path -> text, all in one folder) together, or none of them.

    Existing files are replaced only with ``replace_existing``; otherwise they
    are listed in a :class:`UsageError`. ``usage`` marks a folder given on the
    command line, so that a bad path exits 2. OS errors become messages.
    """
    folders = {path.parent for path in files}
    if len(folders) != 1:
        raise ValueError("write_set writes into exactly one folder")
    folder = folders.pop()
    shown = display_path(folder)
    try:
        make_dirs(folder)
        with locked(folder / LOCK_NAME, f"{shown}/"):
            recover(folder)
            _refuse_existing(files, replace_existing)
            _write_locked(folder, {p.name: t.encode("utf-8") for p, t in files.items()})
    except OSError as exc:
        raise file_problem(exc, f"write {shown}/", usage) from None


def _refuse_existing(files: Mapping[Path, str], replace_existing: bool) -> None:
    existing = [p for p in files if os.path.lexists(p)]
    if existing and not replace_existing:
        names = ", ".join(str(p) for p in existing)
        raise UsageError(f"not overwriting existing files: {names}; use --force to replace them")


def _write_locked(folder: Path, files: Mapping[str, bytes]) -> None:
    staging = folder / f"{STAGING_PREFIX}{os.getpid()}"
    remove_tree(staging)
    make_dirs(staging)
    try:
        items = _stage(folder, staging, files)
        _commit(folder, staging, items)
    except BaseException:
        with signals_deferred():
            _roll_back(folder, staging)
            remove_tree(staging)
        raise
    with signals_deferred():
        remove_tree(staging)


def _stage(folder: Path, staging: Path, files: Mapping[str, bytes]) -> list[_Item]:
    """Every new file and the journal, written in the staging folder."""
    items = []
    for index, (name, data) in enumerate(files.items()):
        item = _Item(index, name, os.path.lexists(folder / name), hashlib.sha256(data).hexdigest())
        write_new(staging / item.new, data)
        items.append(item)
    journal = [vars(item) for item in items]
    write_new(staging / JOURNAL, json.dumps(journal, sort_keys=True).encode())
    return items


def _commit(folder: Path, staging: Path, items: list[_Item]) -> None:
    for item in items:
        if item.existed:
            replace(folder / item.name, staging / item.old)
        replace(staging / item.new, folder / item.name)
    write_new(staging / COMMITTED, b"")


def recover(folder: Path) -> None:
    """Undo what dead runs left half-done in ``folder`` (call with the folder's lock held)."""
    for staging in sorted(folder.glob(f"{STAGING_PREFIX}*")):
        if staging.is_dir() and not staging.is_symlink():
            with signals_deferred():
                _roll_back(folder, staging)
                remove_tree(staging)


def _roll_back(folder: Path, staging: Path) -> None:
    """Return the previous files and remove the new ones, unless the set was committed."""
    if (staging / COMMITTED).exists():
        return
    for item in _journal(staging):
        target = folder / item.name
        if (staging / item.old).exists():
            replace(staging / item.old, target)
        elif not item.existed and _digest(target) == item.sha256:
            remove_tree(target)


def _journal(staging: Path) -> list[_Item]:
    """The staged items; none when the journal was never completed (nothing was moved)."""
    try:
        entries = json.loads((staging / JOURNAL).read_text("utf-8"))
        return [_Item(**entry) for entry in entries]
    except (OSError, ValueError, TypeError):
        return []


def _digest(path: Path) -> str | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()
