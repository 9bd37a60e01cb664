"""Which files are modules: every ``.yaml`` under the modules folder, at any depth.

Authors group modules in subfolders (``modules/basics/x.yaml``); a module left out of
``build`` and ``stats`` without a word while ``validate x.yaml`` calls it fine is the
worst outcome. So the modules folder is searched recursively, and module-looking files
elsewhere in the project (its root, the sources folder) get a warning saying why they
are not used.
"""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.config import is_inside
from curriculum.diagnostics import Diagnostic, SourceLocation, warning

MODULE_SUFFIXES = (".yaml", ".yml")
_LOOKS_LIKE = ("id", "sections")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)
_SNIFF_BYTES = 256 * 1024


def yaml_files(folder: Path, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Every YAML file under ``folder`` (subfolders included), sorted; hidden ones skipped."""
    if not folder.is_dir():
        return []
    skipped = {p.resolve() for p in skip}
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if path.suffix not in MODULE_SUFFIXES or any(p.startswith(".") for p in relative):
            continue
        if path.resolve() in skipped or any(s in path.resolve().parents for s in skipped):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


def stray_modules(
    root: Path, modules_folder: Path, places: tuple[Path, ...], label: str
) -> list[Diagnostic]:
    """A warning for each module-looking file in ``places`` outside the modules folder."""
    out = []
    modules_real = modules_folder.resolve()
    for place in places:
        candidates = yaml_files(place) if place != root else _top_level_yaml(root)
        for path in candidates:
            if not is_inside(root, path):
                continue  # a link outside the project is never opened (the loader reports it)
            real = path.resolve()
            if path.name == "curriculum.yaml" or modules_real in real.parents:
                continue
            line = _module_like_line(path)
            if line:
                out.append(_stray_warning(path, line, label))
    return out


def _top_level_yaml(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.suffix in MODULE_SUFFIXES and p.is_file())


def _module_like_line(path: Path) -> int:
    """Line of ``id:`` when the file's top-level keys include id and sections, else 0."""
    try:
        with path.open("rb") as handle:
            text = handle.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return 0
    keys = {m.group(1): m.start() for m in reversed(list(_TOP_KEY.finditer(text)))}
    if not all(k in keys for k in _LOOKS_LIKE):
        return 0
    return text.count("\n", 0, keys["id"]) + 1


def _stray_warning(path: Path, line: int, label: str) -> Diagnostic:
    folder = label.rstrip("/") + "/"
    message = (
        f"this file looks like a module but is outside {folder}, so build, stats and "
        f"validate leave it out; move it into {folder} (subfolders are fine)"
    )
    return warning(message, SourceLocation(path, line, 1), "module-outside-modules")
