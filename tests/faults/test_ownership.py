"""`build` writes only into folders it owns and never follows a symlink (issue 10, points 2-3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fault_support import EPOCH, debris, tree
from typer.testing import CliRunner, Result

from curriculum.cli import app

JSON = ["build", "--format", "json"]


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("CURRICULUM_LOCK_WAIT", "0")
    root = tmp_path / "demo"
    assert run("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    return root


def test_out_into_a_foreign_folder_is_refused_and_nothing_is_deleted(
    project: Path, tmp_path: Path
) -> None:
    foreign = tmp_path / "h"
    (foreign / "pdf").mkdir(parents=True)
    (foreign / "pdf" / "thesis.txt").write_text("two years of work", "utf-8")
    before = tree(foreign)
    result = run(*JSON, "--out", str(foreign))
    assert result.exit_code == 2
    assert result.output == (
        f"curriculum: error: refusing to build into {foreign} (--out): it is not empty and has "
        "no .curriculum-build marker, so it was not written by `curriculum build`; choose a new "
        "or empty folder, or move its files away (an output folder of an older curriculum "
        "version can simply be deleted)\n")
    assert tree(foreign) == before
    assert debris(tmp_path) == []


def test_out_into_the_projects_templates_is_refused(project: Path) -> None:
    (project / "templates" / "pdf").mkdir()
    (project / "templates" / "pdf" / "learner.html.j2").write_text("{{ module.title }}", "utf-8")
    before = tree(project / "templates")
    for out in ("templates", "templates/x", "modules", "sources/out"):
        result = run("build", "--format", "pdf", "--out", out)
        assert result.exit_code == 2, result.output
        assert f"refusing to build into {project / out} (--out): it is, holds or lies inside " \
               "the project's" in result.output
    assert tree(project / "templates") == before


def test_a_foreign_build_folder_from_the_config_is_a_located_error(project: Path) -> None:
    config = project / "curriculum.yaml"
    config.write_text(config.read_text("utf-8").replace("build: build/", "build: notes/"), "utf-8")
    (project / "notes").mkdir()
    (project / "notes" / "mine.md").write_text("my notes", "utf-8")
    result = run(*JSON)
    assert result.exit_code == 1
    line = config.read_text("utf-8").splitlines().index("build: notes/") + 1
    assert result.output.startswith(
        f"curriculum.yaml:{line}:8: error: refusing to build into {project / 'notes'}: it is not "
        "empty and has no .curriculum-build marker"), result.output
    assert (project / "notes" / "mine.md").read_text("utf-8") == "my notes"


def test_an_empty_folder_or_its_own_build_is_accepted(project: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(*JSON, "--out", str(empty)).exit_code == 0
    assert (empty / ".curriculum-build").read_text("utf-8").startswith(
        "curriculum build folder, format 1\n")
    assert run(*JSON, "--out", str(empty)).exit_code == 0  # its own marker: accepted again


def test_a_fake_marker_folder_is_no_symlink_trick(project: Path, tmp_path: Path) -> None:
    """A marker that is a symlink, or a marker of another format version, is not ownership."""
    elsewhere = tmp_path / "marker"
    elsewhere.write_text("curriculum build folder, format 1\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("keep", "utf-8")
    (out / ".curriculum-build").symlink_to(elsewhere)
    assert run(*JSON, "--out", str(out)).exit_code == 2
    (out / ".curriculum-build").unlink()
    (out / ".curriculum-build").write_text("curriculum build folder, format 7\n", "utf-8")
    result = run(*JSON, "--out", str(out))
    assert result.exit_code == 2 and "build folder format 7" in result.output
    assert (out / "keep.txt").read_text("utf-8") == "keep"


def test_a_symlinked_output_folder_is_refused(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.mkdir()
    (project / "linked").symlink_to(target)
    result = run(*JSON, "--out", "linked")
    assert result.exit_code == 2
    assert "(--out): it is a symbolic link; give a real folder" in result.output
    (project / "build").symlink_to(target)  # build: inside the project, pointing elsewhere
    result = run(*JSON)
    assert result.exit_code == 1
    assert list(target.iterdir()) == []


def test_symlinks_inside_build_are_never_followed(project: Path, tmp_path: Path) -> None:
    """A symlinked cache (or format folder) is dropped, never written through or pruned."""
    assert run("build", "--format", "json", "--format", "scorm12").exit_code == 0
    victim = tmp_path / "victim"
    (victim / "pdf").mkdir(parents=True)
    (victim / "pdf" / "precious.txt").write_text("precious", "utf-8")
    (victim / ("0" * 64)).mkdir()  # named like a cache entry
    (victim / "scorm2004.zip").write_text("not ours", "utf-8")
    before = tree(victim)
    (project / "build" / ".cache").symlink_to(victim)
    (project / "build" / "scorm2004").symlink_to(victim)
    result = run("build", "--format", "json")
    assert result.exit_code == 0, result.output
    assert tree(victim) == before
    links = [p for p in (project / "build").rglob("*") if p.is_symlink()]
    assert links == []
    assert sorted(os.listdir(project / "build")) == [".curriculum-build", "json", "scorm12"]


def test_the_pdf_cache_never_follows_a_symlinked_entry(tmp_path: Path) -> None:
    from curriculum.pdf.cache import Entry, RenderCache

    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "a.pdf").write_bytes(b"%PDF victim")
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    key = "a" * 64
    (cache_dir / key).symlink_to(victim)
    (cache_dir / ("b" * 64)).symlink_to(victim)
    (cache_dir / "notes.txt").write_text("not a cache entry", "utf-8")
    cache = RenderCache(cache_dir)
    assert cache.copy_out(Entry(key, ("a.pdf",)), tmp_path / "out") is None
    cache.store(Entry(key, ("a.pdf",)), {"a.pdf": b"%PDF new"})
    cache.prune([key])
    assert (victim / "a.pdf").read_bytes() == b"%PDF victim"
    assert not (cache_dir / ("b" * 64)).exists()  # the link went, not what it pointed to
    assert (cache_dir / "notes.txt").exists()  # not ours: left alone
    assert not (cache_dir / key).is_symlink()
    assert (cache_dir / key / "a.pdf").read_bytes() == b"%PDF new"
    linked = tmp_path / "linked-cache"
    linked.symlink_to(victim)
    RenderCache(linked).store(Entry(key, ("a.pdf",)), {"a.pdf": b"%PDF new"})
    assert sorted(os.listdir(victim)) == ["a.pdf"]


def test_a_rebuild_never_writes_into_the_previous_builds_files(project: Path) -> None:
    """Carried-over files are hard links: the build replaces them, never writes through."""
    assert run("build", "--format", "json", "--format", "scorm12").exit_code == 0
    kept = project / "keep.zip"
    os.link(project / "build" / "scorm12" / "digital-evidence-basics.zip", kept)
    before = kept.read_bytes()
    module = project / "modules" / "digital-evidence-basics.yaml"
    module.write_text(module.read_text("utf-8").replace("title: Four principles",
                                                        "title: Five principles"), "utf-8")
    assert run("build", "--format", "json", "--format", "scorm12").exit_code == 0
    assert kept.read_bytes() == before
    assert (project / "build" / "scorm12" / "digital-evidence-basics.zip").read_bytes() != before
