"""``curriculum translate stamp``: record that translated units match today's source text.

After a stale warning the translator updates the text (or finds it still right) and
stamps the unit: its ``translation.units`` entry becomes the hash of the source text as
it stands now. Only the ``translation:`` block of the file is rewritten; every other
line (comments included) stays as the translator left it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from curriculum.atomic import write_text_atomic
from curriculum.config import is_inside
from curriculum.diagnostics import display_path
from curriculum.errors import UsageError
from curriculum.loader import LoadedModule, load_project
from curriculum.translation.files import loaded_at, source_modules
from curriculum.translation.units import source_hash, text_units
from curriculum.yamlio import dump_yaml


@dataclass
class StampResult:
    """What a stamp changed."""

    path: Path
    stamped: list[str] = field(default_factory=list)
    """Units whose recorded source hash changed."""
    unchanged: int = 0
    """Units asked for that were already up to date."""


def stamp(start: Path, path: Path, units: tuple[str, ...], every: bool) -> StampResult:
    """Stamp ``units`` (or every unit with ``every``) of the translated module at ``path``."""
    if not units and not every:
        raise UsageError("say which units to stamp: --unit ID (repeatable) or --all")
    project = load_project(start)
    loaded = loaded_at(project, path)
    translation = loaded.module.translation
    assert translation is not None
    source = source_modules(project).get(translation.of)
    if source is None:
        raise UsageError(f'{display_path(path)} translates "{translation.of}", which is not a '
                         "module of this project")
    current = _current_hashes(source, loaded)
    wanted = _wanted(current, units, every, path)
    recorded = dict(translation.units)
    result = StampResult(loaded.path)
    for ident in wanted:
        if recorded.get(ident) == current[ident]:
            result.unchanged += 1
        else:
            recorded[ident] = current[ident]
            result.stamped.append(ident)
    if result.stamped:
        _write_block(loaded, project.root, translation.of, recorded)
    return result


def _current_hashes(source: LoadedModule, loaded: LoadedModule) -> dict[str, str]:
    """Hash of today's source text of each unit the translation has too, in file order."""
    present = {u.id for u in text_units(loaded.raw)}
    return {u.id: source_hash(u.text) for u in text_units(source.raw) if u.id in present}


def _wanted(current: dict[str, str], units: tuple[str, ...], every: bool, path: Path) -> list[str]:
    if every:
        return list(current)
    unknown = [u for u in units if u not in current]
    if unknown:
        raise UsageError(f'no unit "{unknown[0]}" in both {display_path(path)} and its source '
                         "module (validate names each unit in its warnings)")
    return list(dict.fromkeys(units))


def _write_block(loaded: LoadedModule, root: Path, of: str, units: dict[str, str]) -> None:
    """Replace the file's top-level ``translation:`` block, leaving every other line alone."""
    if not is_inside(root, loaded.path):
        raise UsageError(f"{display_path(loaded.path)} is outside the project; not written")
    lines = loaded.source_map.text.splitlines(keepends=True)
    start = loaded.source_map.keys[("translation",)][0] - 1
    end = start + 1
    while end < len(lines) and not _starts_top_level_key(lines[end]):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # blank lines before the next key stay where they are
    block = dump_yaml({"translation": {"of": of, "units": units}})
    text = "".join(lines[:start]) + block + "".join(lines[end:])
    write_text_atomic(loaded.path, text)


def _starts_top_level_key(line: str) -> bool:
    return bool(line) and not line[0].isspace() and line[0] != "#"
