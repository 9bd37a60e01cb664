"""A build cache of rendered PDFs, so an unchanged module is never rendered twice.

An entry is a folder ``<cache_dir>/<key>/`` holding a module's PDFs (or the
course book) and a manifest of their SHA-256 digests. The key is a SHA-256 of
everything that can change the bytes: the module's YAML, the source files it
may cite, curriculum.yaml, every template and stylesheet in effect (package
and project overrides), the build timestamp, this tool's rendering code and
version, and WeasyPrint's version. Nothing here imports WeasyPrint: a build
with nothing to render never pays for it.

Entries are written to a temporary folder and renamed into place, and every
file is checked against the manifest when it is copied out, so an interrupted
build can leave a stale folder but never serves a truncated PDF.

The cache lives in the build's staging folder (carried over from the previous
build with hard links, see :mod:`curriculum.outdir`), so it is swapped in with
the build it belongs to. No symlink in it is ever followed: a linked entry
reads as missing, a linked folder is replaced, and pruning removes only
entries named like a key (or an unfinished ``.tmp-``), unlinking links rather
than descending into them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import curriculum
from curriculum.atomic import make_dirs, remove_tree, replace, write_new

MANIFEST = "manifest.json"
_OURS = re.compile(r"[0-9a-f]{64}|\.tmp-\d+-[0-9a-f]{64}")
"""Names of what the cache writes: entry folders, and temporary folders while storing."""
_CODE = ("pdf", "exporters/pdf.py", "rendering.py", "models.py")
"""Parts of this package whose code shapes the PDFs (hashed, so a change re-renders)."""


@dataclass(frozen=True)
class Entry:
    """One cache entry: the files one key produces (a module's four PDFs, or the book)."""

    key: str
    names: tuple[str, ...]


class Hasher:
    """Builds keys from labelled parts; labels and lengths keep parts from running together."""

    def __init__(self, *parts: tuple[str, bytes]) -> None:
        self._hash = hashlib.sha256()
        for label, data in parts:
            self.add(label, data)

    def add(self, label: str, data: bytes) -> Hasher:
        """Mix in one labelled part."""
        self._hash.update(f"{label}\0{len(data)}\0".encode())
        self._hash.update(data)
        return self

    def add_file(self, label: str, path: Path) -> Hasher:
        """Mix in a file's bytes (a missing file counts as a distinct, empty part)."""
        try:
            return self.add(label, path.read_bytes())
        except OSError:
            return self.add(f"missing:{label}", b"")

    def hexdigest(self) -> str:
        """The key."""
        return self._hash.hexdigest()


def tool_fingerprint() -> bytes:
    """This tool's version and rendering code, plus the versions of WeasyPrint and pydyf."""
    hasher = Hasher(("curriculum", curriculum.__version__.encode()))
    package = Path(curriculum.__file__).parent
    for part in _CODE:
        path = package / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            hasher.add_file(file.relative_to(package).as_posix(), file)
    for dist in ("weasyprint", "pydyf"):
        hasher.add(dist, _version(dist).encode())
    return hasher.hexdigest().encode()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


class RenderCache:
    """The cache folder: look up, copy out, store and prune entries."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def copy_out(self, entry: Entry, out_dir: Path) -> list[Path] | None:
        """Copy the entry's PDFs to ``out_dir``; None (nothing copied) when it is not cached."""
        digests = self._manifest(entry)
        if digests is None:
            return None
        payload = {}
        for name in entry.names:
            data = _read(self.folder / entry.key / name)
            if data is None or hashlib.sha256(data).hexdigest() != digests.get(name):
                return None
            payload[name] = data
        return write_files(out_dir, payload)

    def store(self, entry: Entry, files: Mapping[str, bytes]) -> None:
        """Keep ``files`` under ``entry``'s key (atomically: rename of a finished folder)."""
        if self.folder.is_symlink():
            remove_tree(self.folder)  # replaced by a real folder, never written through
        make_dirs(self.folder)
        tmp = self.folder / f".tmp-{os.getpid()}-{entry.key}"
        remove_tree(tmp)
        write_files(tmp, files)
        manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        write_new(tmp / MANIFEST, json.dumps(manifest, sort_keys=True).encode())
        target = self.folder / entry.key
        remove_tree(target)
        replace(tmp, target)

    def prune(self, keep: Iterable[str]) -> None:
        """Remove entries this build did not use, so the cache holds one build's worth.

        Only names the cache itself writes are touched; anything else is left alone.
        """
        if self.folder.is_symlink() or not self.folder.is_dir():
            return
        wanted = set(keep)
        for child in sorted(self.folder.iterdir()):
            if child.name not in wanted and _OURS.fullmatch(child.name):
                remove_tree(child)

    def _manifest(self, entry: Entry) -> dict[str, str] | None:
        data = _read(self.folder / entry.key / MANIFEST)
        if data is None:
            return None
        try:
            loaded = json.loads(data)
        except ValueError:
            return None
        return loaded if isinstance(loaded, dict) else None


def _read(path: Path) -> bytes | None:
    """A regular file's bytes; None when missing, unreadable or a symlink (never followed)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read()
        except OSError:  # a folder where a file should be
            return None


def write_files(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write each named file, new, into ``folder``; returns the paths.

    New files only (``O_EXCL``): a file already there, or a symlink, is an
    error rather than something to write through. ``folder`` is always one
    this build made (a staging folder or a temporary cache entry).
    """
    make_dirs(folder)
    written = []
    for name, data in files.items():
        path = folder / name
        write_new(path, data)
        written.append(path)
    return written
