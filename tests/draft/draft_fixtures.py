"""Helpers for the draft tests: a small project holding the source article and two texts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner, Result

from curriculum.cli import app
from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.choosing import choose
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

HERE = Path(__file__).parent
DATA = HERE / "data"
REPO = HERE.parent.parent
ARTICLE_NAME = "interpol-2018-11-29-crimes-against-children-experts-meeting.txt"
ARTICLE = REPO / "sources" / ARTICLE_NAME


def run(*args: str) -> Result:
    """Invoke the CLI in-process; a crash (not a clean exit) fails the test."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def drafted_note(root: Path, name: str, text: str, audience: str = "local",
                 **settings: object) -> tuple[str, str]:
    """Draft ``text`` as ``sources/<name>`` with the repository's themes through the CLI,
    as an author would: the written modules (all themes, one string) and the audit. The
    project's ``draft_audience`` is ``audience`` (``conftest.audience`` says why local);
    ``settings`` are further keys of its curriculum.yaml."""
    config = yaml.safe_load((REPO / "curriculum.yaml").read_text("utf-8"))
    config["draft_audience"] = audience
    config.update(settings)
    (root / "curriculum.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (root / "sources").mkdir()
    (root / "sources" / name).write_text(text, "utf-8")
    here = Path.cwd()
    try:
        os.chdir(root)  # drafts cite sources by a project-relative path
        result = run("draft", f"sources/{name}", "--out", "drafts")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    modules = "".join(p.read_text("utf-8") for p in sorted((root / "drafts").glob("*-draft.yaml")))
    return modules, (root / "drafts" / "draft-audit.md").read_text("utf-8")


def make_project(root: Path) -> Path:
    """curriculum.yaml with the frozen themes, and the three source texts in sources/."""
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    config = {"title": "Draft tests", "themes": themes, "draft_audience": "local"}
    root.mkdir(parents=True, exist_ok=True)
    (root / "curriculum.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (root / "modules").mkdir()
    (root / "sources").mkdir()
    shutil.copyfile(ARTICLE, root / "sources" / ARTICLE_NAME)
    for name in ("vid-workshop.md", "offender-briefing.html"):
        shutil.copyfile(DATA / name, root / "sources" / name)
    return root


def analysed(tmp_path: Path, text: str, matcher: ThemeMatcher) -> Analysis:
    """Analyse ``text`` as a plain-text source, as ``curriculum draft`` reads one."""
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "t", matcher)


def chosen(tmp_path: Path, text: str, matcher: ThemeMatcher, name: str = "text.md"
           ) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Every sentence and list candidate of ``text`` (a source named ``name``), chosen as
    ``curriculum draft`` chooses: the questions kept for a module, and those below."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def every_chosen(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """The questions kept for a module and those below, in one list: a test of a reason
    reads it wherever the question ended up."""
    kept, below = chosen(tmp_path, text, matcher)
    return kept + below


def candidates(tmp_path: Path, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    """``chosen``'s two lists as one: kept first, then those below."""
    kept, below = chosen(tmp_path, text, matcher)
    return kept + below


def key_of(q: DraftQuestion) -> list[str]:
    """A fill-in's answers or a choice question's correct options: what a test says the
    key is."""
    return q.answers or [t for t, ok in q.options if ok]


def prompts(questions: list[DraftQuestion]) -> list[str]:
    """The stems of ``questions``: what an assertion failure should show."""
    return [q.prompt for q in questions]


def one(questions: list[DraftQuestion], prompt: str) -> DraftQuestion:
    """The one question whose stem is exactly ``prompt`` (a test names the stem a learner sees)."""
    found = [q for q in questions if q.prompt == prompt]
    assert len(found) == 1, prompts(questions)
    return found[0]


def drafted_files(project: Path, name: str, text: str) -> str:
    """Draft ``text`` as ``sources/<name>`` of ``project`` (the working directory) through
    the command line, and return every file written under ``drafts/``, joined."""
    (project / "sources" / name).write_text(text, "utf-8")
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    return "\n".join(p.read_text("utf-8") for p in sorted((project / "drafts").glob("*.*")))


def prompt_lines(out: str) -> list[str]:
    """The ``prompt:`` lines of drafts written out (``drafted_files``)."""
    return [line.split("prompt:", 1)[1].strip() for line in out.splitlines() if "prompt:" in line]
