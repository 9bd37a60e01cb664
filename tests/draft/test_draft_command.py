"""`curriculum draft` end to end: files written, validation, provenance, determinism."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
import yaml
from draft_fixtures import ARTICLE_NAME, DATA, REPO, run

DRAFTS = ("internet-facilitated-crimes-draft.yaml", "child-victim-identification-draft.yaml",
          "sex-offender-management-draft.yaml", "serious-violent-crimes-draft.yaml")


def modules_in(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.name: yaml.safe_load(p.read_text("utf-8")) for p in sorted(folder.glob("*.yaml"))}


def cites(module: dict[str, Any]) -> list[dict[str, Any]]:
    found = [f["cite"] for s in module["sections"] for f in s.get("facts", [])]
    return found + [q["cite"] for q in (module.get("quiz") or {}).get("questions", [])]


def repository_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The repository's curriculum.yaml and sources/ in a fresh project, the current folder."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copyfile(REPO / "curriculum.yaml", root / "curriculum.yaml")
    shutil.copytree(REPO / "sources", root / "sources")
    (root / "modules").mkdir()
    monkeypatch.chdir(root)
    return root


def test_done_when_the_repository_sources_draft_and_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's acceptance test, on a copy of the repository's curriculum and sources."""
    root = repository_copy(tmp_path, monkeypatch)
    sources = sorted(str(p.relative_to(root)) for p in (root / "sources").glob("*.txt"))
    result = run("draft", *sources, "--out", "drafts/")
    assert result.exit_code == 0, result.output
    assert "All drafted questions:" in result.output and "FAIL" not in result.output
    checked = run("validate", "drafts/")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines()[-1].startswith(("0 errors", "No problems"))
    questions = 0
    for module in modules_in(root / "drafts").values():
        for cite in cites(module):
            source = root / next(s["path"] for s in module["sources"] if s["id"] == cite["source"])
            data = source.read_bytes()
            raw = data.decode("utf-8")
            prov = cite["provenance"]
            assert cite["quote"] in raw  # verbatim, not merely after normalising
            assert raw[prov["start"] : prov["end"]] == cite["quote"]
            assert prov["sha256"] == hashlib.sha256(data).hexdigest()
            assert raw.count("\n", 0, prov["start"]) + 1 == prov["line"]
        questions += len((module.get("quiz") or {}).get("questions", []))
    assert questions >= 5  # issue #9: attendance, founding-date and job-title trivia held back
    assert sorted(p.name for p in (root / "drafts").iterdir()) == sorted(
        [*DRAFTS, "draft-audit.md", "draft-metrics.json"])


def test_drafts_of_all_three_texts_validate_with_the_frozen_themes(project: Path) -> None:
    result = run("draft", "sources/", "--out", "drafts")
    assert result.exit_code == 2 and "is not a file" in result.output
    names = [f"sources/{ARTICLE_NAME}", "sources/vid-workshop.md", "sources/offender-briefing.html"]
    result = run("draft", *names, "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert run("validate", "drafts").exit_code == 0
    modules = modules_in(project / "drafts")
    vid = modules["child-victim-identification-draft.yaml"]
    assert [s["path"] for s in vid["sources"]] == names[:2]
    assert vid["id"] == "child-victim-identification-draft" and "quiz" in vid
    quiz = vid["quiz"]
    assert quiz["draw"] == len({q["group"] for q in quiz["questions"]})
    assert all(q["objective"] == "recall-source-facts" for q in quiz["questions"])


def test_a_theme_with_too_little_material_says_so_and_invents_nothing(project: Path) -> None:
    assert run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts").exit_code == 0
    text = (project / "drafts" / "serious-violent-crimes-draft.yaml").read_text("utf-8")
    module = yaml.safe_load(text)
    assert "quiz" not in module and "sources" not in module
    assert module["title"].endswith("(draft: too little source material)")
    body = module["sections"][0]["body"]
    assert "held too little material on this theme" in body
    assert "Nothing has been invented" in body
    assert "line 28 names the theme only in a list item" in body
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "other")
    assert "(too little source material: says so)" in result.output


def test_two_runs_write_identical_bytes(project: Path) -> None:
    names = [f"sources/{ARTICLE_NAME}", "sources/vid-workshop.md", "sources/offender-briefing.html"]
    assert run("draft", *names, "--out", "one").exit_code == 0
    first = {p.name: p.read_bytes() for p in (project / "one").iterdir()}
    assert run("draft", *names, "--out", "two").exit_code == 0
    assert run("draft", *names, "--out", "one", "--force").exit_code == 0
    second = {p.name: p.read_bytes() for p in (project / "two").iterdir()}
    again = {p.name: p.read_bytes() for p in (project / "one").iterdir()}
    assert len(first) == 6 and first == second == again


def test_existing_files_are_never_overwritten_without_force(project: Path) -> None:
    out = project / "drafts"
    out.mkdir()
    (out / "draft-audit.md").write_text("my notes", "utf-8")
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts")
    assert result.exit_code == 2
    assert "not overwriting existing files" in result.output and "--force" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["draft-audit.md"]
    assert (out / "draft-audit.md").read_text("utf-8") == "my notes"
    assert run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts", "--force").exit_code == 0
    assert (out / "draft-audit.md").read_text("utf-8").startswith("# Draft audit")


def test_a_draft_id_that_clashes_with_a_module_is_refused(project: Path) -> None:
    clash = project / "modules" / "clash.yaml"
    text = (REPO / "src/curriculum/data/init/modules/digital-evidence-basics.yaml").read_text()
    text = text.replace("id: digital-evidence-basics", "id: sex-offender-management-draft")
    clash.write_text(text.replace("theme: investigation-basics", "theme: sex-offender-management"))
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts")
    assert result.exit_code == 1
    assert 'duplicate module id "sex-offender-management-draft"' in result.output
    assert "nothing was written" in result.output
    assert not (project / "drafts").exists()


def test_audit_and_metrics(project: Path) -> None:
    assert run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts").exit_code == 0
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert "- line 19: noise: fewer than two letters: /" in audit
    assert "- line 8: duplicate of line 7:" in audit
    assert "- line 3: date line, read as 2018-11-29:" in audit
    assert "### `list-member-" in audit  # a question that fits no theme, ready to paste
    below = audit.split("## Candidates below the threshold")[1].split("\n## ")[0]
    assert "(person-role, `sources/" in below and "-0.35 trivia: who holds a job or spoke" in below
    # 8 sentences, and the four themes' list items its list question is built on
    assert "- sentences: 21, kept: 18 (repeats and near-duplicates removed), used in a fact " \
        "or question: 12" in audit
    metrics = json.loads((project / "drafts" / "draft-metrics.json").read_text("utf-8"))
    source = metrics["sources"][f"sources/{ARTICLE_NAME}"]
    assert source["date"] == "2018-11-29" and source["lines_dropped"] == 9
    assert source["lines"] == 38  # 37 line breaks, no final one
    assert source["near_duplicates_dropped"] == 3
    # one question per sentence: two of the three list questions on "four key themes"
    # are held back below the threshold with the reason (choosing.one_per_sentence)
    assert metrics["unassigned_questions"] == 1
    assert metrics["candidates_below_threshold"] == 9
    assert all(g["failed"] == 0 for g in metrics["hard_gates"].values())
    assert metrics["figures"]["questions"] == 6
    assert metrics["drafts"]["serious-violent-crimes-draft"]["status"] == "too-little-material"


def test_themes_option_and_its_errors(project: Path) -> None:
    shutil.copyfile(DATA / "themes.yaml", project / "themes.yaml")
    ok = run("draft", f"sources/{ARTICLE_NAME}", "--themes", "themes.yaml", "--out", "d1")
    assert ok.exit_code == 0, ok.output
    (project / "bad.yaml").write_text("themes:\n  - id: Not A Slug\n    title: x\n", "utf-8")
    bad = run("draft", f"sources/{ARTICLE_NAME}", "--themes", "bad.yaml", "--out", "d2")
    assert bad.exit_code == 1 and "bad.yaml:2:" in bad.output
    (project / "none.yaml").write_text("title: nothing\n", "utf-8")
    none = run("draft", f"sources/{ARTICLE_NAME}", "--themes", "none.yaml", "--out", "d3")
    assert none.exit_code == 1 and 'expected a "themes:" list' in none.output


def test_drafting_needs_no_network(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    names = [f"sources/{ARTICLE_NAME}", "sources/vid-workshop.md", "sources/offender-briefing.html"]
    result = run("draft", *names, "--out", "drafts")
    assert result.exit_code == 0, result.output


def test_help_has_an_example() -> None:
    result = run("draft", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "curriculum draft sources/*.txt" in result.output


def test_an_output_path_that_is_a_file_or_unwritable(project: Path) -> None:
    (project / "taken").write_text("a file", "utf-8")
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "taken")
    assert result.exit_code == 2 and "is a file; give a folder" in result.output
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "taken/drafts")
    assert result.exit_code == 2 and "cannot write taken/drafts/" in result.output
    assert "Traceback" not in result.output


def test_control_characters_in_a_source_never_reach_a_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source with BEL, ESC, DEL and form feeds drafts and validates; quotes hold spaces."""
    root = repository_copy(tmp_path, monkeypatch)
    source = root / "sources" / ARTICLE_NAME
    article = source.read_text("utf-8")
    dirty = (article.replace(". ", ".\x07 ", 3).replace(", ", ",\x1b ", 3)
             .replace("; ", ";\x7f ", 2).replace("\n\n", "\n\x0c\n", 4))
    assert dirty != article
    source.write_text(dirty, "utf-8")
    result = run("draft", f"sources/{ARTICLE_NAME}", "--out", "drafts/")
    assert result.exit_code == 0, result.output
    checked = run("validate", "drafts/")
    assert checked.exit_code == 0, checked.output
    for path in (root / "drafts").glob("*.yaml"):
        text = path.read_text("utf-8")
        assert not any(c in text for c in "\x07\x1b\x7f\x0c")
        assert not any(e in text for e in ("\\a", "\\e", "\\x7F", "\\f"))
