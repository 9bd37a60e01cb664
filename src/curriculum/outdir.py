"""The build folder: owned by a marker, written whole, swapped in one step.

A build never writes into ``build/`` itself. It takes the folder's lock,
fills a staging folder *beside* it (``.build.staging-<pid>``), carries over
with hard links whatever this build does not rebuild (other formats, the PDF
cache), and then exchanges the two folders in one ``renameat2
(RENAME_EXCHANGE)``: a reader sees the whole previous build or the whole new
one, never a mix. Where the system cannot exchange (not Linux, or a file
system without it) two renames are made with signals blocked, and a build
killed between them leaves ``.build.old-<pid>``, which the next build renames
back before anything else.

Ownership: the folder holds a marker file, ``.curriculum-build``, naming its
format version. A build writes only into a folder that does not exist, is
empty, or holds that marker; a folder with other files is refused, because
replacing it would delete what the tool did not create. No symlink is
followed: a symlinked output folder is refused, and symlinks inside the old
build (``.cache`` included) are not carried over.

Leftovers: every build holds the lock for as long as its staging folder
exists, so a staging or old folder found by a build that holds the lock
belongs to a dead build (its pid is in the name) and is removed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from curriculum.atomic import (
    exchange,
    fsync_dir,
    link_file,
    link_tree,
    make_dirs,
    remove_tree,
    replace,
    signals_deferred,
    write_new,
)

MARKER = ".curriculum-build"
FORMAT_VERSION = 1
MARKER_TEXT = (
    f"curriculum build folder, format {FORMAT_VERSION}\n"
    "Written by `curriculum build`, which replaces this folder whole on every build:\n"
    "keep no other files here.\n"
)
_MARKER_PREFIX = "curriculum build folder, format "


class ForeignFolder(Exception):
    """The output folder holds something this tool did not write; ``reason`` says what."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OutputFolder:
    """``build/`` (or ``--out``) and the files beside it that a build uses."""

    final: Path

    @property
    def lock(self) -> Path:
        return self._beside("lock")

    @property
    def staging(self) -> Path:
        return self._beside(f"staging-{os.getpid()}")

    def _beside(self, suffix: str) -> Path:
        return self.final.parent / f".{self.final.name}.{suffix}"

    def check_owned(self) -> None:
        """Raise :class:`ForeignFolder` unless the build may replace ``final``."""
        try:
            mode = self.final.lstat().st_mode
        except FileNotFoundError:
            return
        if stat.S_ISLNK(mode):
            raise ForeignFolder("it is a symbolic link; give a real folder")
        if not stat.S_ISDIR(mode):
            raise ForeignFolder("it is a file, not a folder; give a folder")
        if not any(self.final.iterdir()):
            return
        version = _marker_version(self.final / MARKER)
        if version is None:
            raise ForeignFolder(
                f"it is not empty and has no {MARKER} marker, so it was not written by "
                "`curriculum build`; choose a new or empty folder, or move its files away "
                "(an output folder of an older curriculum version can simply be deleted)")
        if version != FORMAT_VERSION:
            raise ForeignFolder(f"it was written by another version of curriculum (build "
                                f"folder format {version}); delete it or choose another folder")

    def clear_leftovers(self) -> None:
        """Remove staging and old folders of dead builds (call with the lock held)."""
        for path in self._leftovers():
            if ".old-" in path.name and not os.path.lexists(self.final):
                replace(path, self.final)  # killed between the two renames: put it back
            else:
                remove_tree(path)

    def _leftovers(self) -> list[Path]:
        prefixes = (f".{self.final.name}.staging-", f".{self.final.name}.old-")
        found = [p for p in self.final.parent.iterdir()
                 if p.name.startswith(prefixes) and p.name.rpartition("-")[2].isdigit()]
        return sorted(found, key=lambda p: (".staging-" in p.name, p.name))

    def start_staging(self, rebuilt: Iterable[str]) -> int:
        """A new staging folder: the marker plus, hard-linked, all the build does not redo.

        Returns how many symlinks or special files of the old build were left out.
        """
        staging = self.staging
        remove_tree(staging)
        make_dirs(staging)
        write_new(staging / MARKER, MARKER_TEXT.encode())
        if os.path.isdir(self.final) and not os.path.islink(self.final):
            return _carry_over(self.final, staging, {*rebuilt, MARKER})
        return 0

    def commit(self, staging: Path) -> None:
        """Put the staged build in place in one step; the previous one ends up in staging."""
        fsync_dir(staging)
        if not os.path.lexists(self.final):
            replace(staging, self.final)
            fsync_dir(self.final.parent)
            return
        if exchange(staging, self.final):
            return
        self._two_renames(staging)

    def _two_renames(self, staging: Path) -> None:
        """Fallback without an exchange: move the old build aside, the new one in."""
        old = self._beside(f"old-{os.getpid()}")
        with signals_deferred():
            replace(self.final, old)
            try:
                replace(staging, self.final)
            except BaseException:
                replace(old, self.final)
                raise
            fsync_dir(self.final.parent)
            replace(old, staging)  # the caller removes the staging path, old build inside


def _marker_version(path: Path) -> int | None:
    """The marker's format version; None when there is no (regular-file) marker."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        first = handle.read(200).decode("utf-8", "replace").partition("\n")[0]
    number = first.removeprefix(_MARKER_PREFIX)
    return int(number) if first.startswith(_MARKER_PREFIX) and number.isdigit() else None


def _carry_over(final: Path, staging: Path, skip: set[str]) -> int:
    """Hard-link every folder and regular file of ``final`` not in ``skip`` into ``staging``.

    Returns how many symlinks and special files were left out.
    """
    with os.scandir(final) as entries:
        kept = sorted((e for e in entries if e.name not in skip), key=lambda e: e.name)
    left_out = 0
    for entry in kept:
        if entry.is_dir(follow_symlinks=False):
            left_out += link_tree(Path(entry.path), staging / entry.name)
        elif entry.is_file(follow_symlinks=False):
            link_file(Path(entry.path), staging / entry.name)
        else:
            left_out += 1
    return left_out

