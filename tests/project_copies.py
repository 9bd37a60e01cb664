"""A copy of a project set to a page size: the PDF tests build the same projects on A4 and
Letter paper."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def copy_project(source: Path, target: Path, page_size: str) -> Path:
    """A project's modules, sources and curriculum.yaml under ``target``, set to print on
    ``page_size`` paper (its own ``page_size`` line replaced)."""
    target.mkdir(parents=True)
    for name in ("modules", "sources"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    config = re.sub(r"(?m)^page_size:.*\n?", "", (source / "curriculum.yaml").read_text("utf-8"))
    (target / "curriculum.yaml").write_text(f"{config.rstrip()}\npage_size: {page_size}\n",
                                            "utf-8")
    return target
