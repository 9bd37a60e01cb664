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
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import curriculum

MANIFEST = "manifest.json"
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
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".tmp-{os.getpid()}-{entry.key}"
        shutil.rmtree(tmp, ignore_errors=True)
        write_files(tmp, files)
        manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        (tmp / MANIFEST).write_text(json.dumps(manifest, sort_keys=True), "utf-8")
        target = self.folder / entry.key
        shutil.rmtree(target, ignore_errors=True)
        try:
            os.replace(tmp, target)
        except OSError:  # another build stored the same entry meanwhile
            shutil.rmtree(tmp, ignore_errors=True)

    def prune(self, keep: Iterable[str]) -> None:
        """Remove entries this build did not use, so the cache holds one build's worth."""
        if not self.folder.is_dir():
            return
        wanted = set(keep)
        for child in self.folder.iterdir():
            if child.name in wanted:
                continue
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)

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
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_files(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write each named file into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written
