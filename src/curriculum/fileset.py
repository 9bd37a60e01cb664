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

import contextlib
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
    """One target: its path below the folder, whether it existed, the new bytes' digest."""

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
    """Write ``files`` (path -> text) together, or none of them.

    The set's folder is the one that holds all the files (some may be in its
    sub-folders, such as the drafts' ``sources/``). Existing files are replaced
    only with ``replace_existing``; otherwise they are listed in a
    :class:`UsageError`. ``usage`` marks a folder given on the command line, so
    that a bad path exits 2. OS errors become messages.
    """
    folder = Path(os.path.commonpath([Path(os.path.abspath(p)).parent for p in files]))
    shown = display_path(folder)
    named = {Path(os.path.abspath(p)).relative_to(folder).as_posix(): t.encode("utf-8")
             for p, t in files.items()}
    try:
        make_dirs(folder)
        with locked(folder / LOCK_NAME, f"{shown}/"):
            recover(folder)
            _refuse_existing(files, replace_existing)
            _write_locked(folder, named)
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
    """Every new file and the journal (items, sub-folders to make), in the staging folder."""
    items = []
    for index, (name, data) in enumerate(files.items()):
        item = _Item(index, name, os.path.lexists(folder / name), hashlib.sha256(data).hexdigest())
        write_new(staging / item.new, data)
        items.append(item)
    journal = {"items": [vars(item) for item in items], "folders": _missing_folders(folder, items)}
    write_new(staging / JOURNAL, json.dumps(journal, sort_keys=True).encode())
    return items


def _missing_folders(folder: Path, items: list[_Item]) -> list[str]:
    """Sub-folders the set needs and that do not exist yet, parents first."""
    needed = {parent for item in items for parent in Path(item.name).parents if parent.parts}
    return sorted((p.as_posix() for p in needed if not (folder / p).is_dir()),
                  key=lambda p: (p.count("/"), p))


def _commit(folder: Path, staging: Path, items: list[_Item]) -> None:
    for name in _journal(staging)[1]:
        make_dirs(folder / name)
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
    items, folders = _journal(staging)
    for item in items:
        target = folder / item.name
        if (staging / item.old).exists():
            replace(staging / item.old, target)
        elif not item.existed and _digest(target) == item.sha256:
            remove_tree(target)
    for name in reversed(folders):  # the sub-folders the set made, if still empty
        with contextlib.suppress(OSError):
            (folder / name).rmdir()


def _journal(staging: Path) -> tuple[list[_Item], list[str]]:
    """The staged items and sub-folders; none when the journal was never completed."""
    try:
        data = json.loads((staging / JOURNAL).read_text("utf-8"))
        items = [_Item(**entry) for entry in data["items"]]
        return items, [str(name) for name in data["folders"]]
    except (OSError, ValueError, TypeError, KeyError):
        return [], []


def _digest(path: Path) -> str | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()
