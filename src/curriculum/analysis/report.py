"""The analysis as JSON and as a readable HTML page, written atomically.

The report names questions and shows which option is correct, so it is for trainers and
assessment reviewers, not learners. It never lists learners: only counts.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from curriculum import __version__
from curriculum.analysis import Analysis
from curriculum.analysis.items import TOO_EASY, TOO_HARD
from curriculum.analysis.plot import scatter
from curriculum.atomic import write_text_atomic
from curriculum.pdf.documents import render_located
from curriculum.pdf.layout import PACKAGE_TEMPLATES, TemplateFolders
from curriculum.rendering import template_environment

JSON_NAME = "item-analysis.json"
HTML_NAME = "item-analysis.html"


def _rounded(value: Any) -> Any:
    """Floats to 4 decimals everywhere, so the JSON is stable and readable."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def as_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data (``item-analysis.json``)."""
    data: dict[str, Any] = _rounded(asdict(analysis))
    data["generator"] = f"curriculum {__version__}"
    data["thresholds"] = {"too_easy_above": TOO_EASY, "too_hard_below": TOO_HARD,
                          "upper_lower_group_share": 0.27}
    return data


def as_html(analysis: Analysis, project_root: Path | None = None) -> str:
    """The readable report (``item-analysis.html``), one self-contained page."""
    templates = project_root / "templates" if project_root else None
    folders = TemplateFolders(templates / "analysis" if templates else None,
                              PACKAGE_TEMPLATES.parent / "analysis", project_root)
    env = template_environment("analysis", templates, project_root)
    context = {"a": analysis, "plot": scatter(analysis.items), "version": __version__,
               "too_easy": TOO_EASY, "too_hard": TOO_HARD}
    return render_located(env, "report.html.j2", context, folders.refuse_outside())


def write_report(analysis: Analysis, out_dir: Path, project_root: Path | None = None
                 ) -> list[Path]:
    """Write both files into ``out_dir``; each appears whole or not at all."""
    html = as_html(analysis, project_root)
    text = json.dumps(as_json(analysis), indent=2, ensure_ascii=False) + "\n"
    written = []
    for name, content in ((JSON_NAME, text), (HTML_NAME, html)):
        write_text_atomic(out_dir / name, content)
        written.append(out_dir / name)
    return written
