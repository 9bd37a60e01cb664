"""Same input, same bytes; unchanged modules come from the cache without loading WeasyPrint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pdf_support import DATA, Built, build_pdf

from curriculum.pdf.cache import Entry, RenderCache

NO_WEASYPRINT_BUILD = """
import sys
from pathlib import Path
from curriculum.build import build
result = build(Path(sys.argv[1]), ["pdf"], jobs=2)
print(len(result.files), "weasyprint" in sys.modules, "jinja2" in sys.modules)
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.pdf"))}


def cache_keys(root: Path) -> set[str]:
    return {p.name for p in (root / "build" / ".cache" / "pdf").iterdir()}


def test_fresh_build_elsewhere_is_byte_identical(fixture_build: Built, tmp_path: Path) -> None:
    root = tmp_path / "again"
    shutil.copytree(DATA / "project", root)
    again = build_pdf(root, jobs=1)  # one process this time, two for the session build
    assert snapshot(again.out) == snapshot(fixture_build.out)


def test_unchanged_build_copies_from_cache_without_weasyprint(
    fixture_build: Built, tmp_path: Path
) -> None:
    root = tmp_path / "copy"
    shutil.copytree(fixture_build.root, root)  # with build/ and its cache
    before = snapshot(root / "build" / "pdf")
    shutil.rmtree(root / "build" / "pdf")
    completed = subprocess.run([sys.executable, "-c", NO_WEASYPRINT_BUILD, str(root)],
                               capture_output=True, text=True, timeout=120, check=True)
    assert completed.stdout.split() == ["9", "False", "False"]
    assert snapshot(root / "build" / "pdf") == before


def test_a_changed_module_is_the_only_one_rendered_again(
    fixture_build: Built, tmp_path: Path
) -> None:
    root = tmp_path / "edit"
    shutil.copytree(fixture_build.root, root)
    keys_before = cache_keys(root)
    before = snapshot(root / "build" / "pdf")
    module = root / "modules" / "green-module.yaml"
    module.write_text(module.read_text("utf-8").replace("Green fixture module", "Green edited"))
    build_pdf(root)
    after = snapshot(root / "build" / "pdf")
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {"green-module.learner.pdf", "green-module.trainer.pdf",
                       "green-module.quiz.pdf", "green-module.answer-key.pdf", "curriculum.pdf"}
    keys_after = cache_keys(root)
    assert len(keys_after) == 3  # amber (kept), green and the book (new); old entries pruned
    assert len(keys_after & keys_before) == 1


def test_a_corrupt_cache_entry_is_not_served(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path / "cache")
    entry = Entry("k" * 64, ("a.pdf",))
    cache.store(entry, {"a.pdf": b"%PDF-good"})
    assert cache.copy_out(entry, tmp_path / "out") == [tmp_path / "out" / "a.pdf"]
    (tmp_path / "cache" / entry.key / "a.pdf").write_bytes(b"%PDF-trunc")
    assert cache.copy_out(entry, tmp_path / "out2") is None


def test_a_deleted_cache_comes_back_even_when_the_pdfs_are_unchanged(
    fixture_build: Built, tmp_path: Path
) -> None:
    """The PDFs are the same bytes, so build/pdf stays as it was; the cache is stored again."""
    root = tmp_path / "nocache"
    shutil.copytree(fixture_build.root, root)
    keys = cache_keys(root)
    shutil.rmtree(root / "build" / ".cache")
    times = {p.name: p.stat().st_mtime_ns for p in (root / "build" / "pdf").glob("*.pdf")}
    build_pdf(root)
    assert cache_keys(root) == keys
    assert {p.name: p.stat().st_mtime_ns for p in (root / "build" / "pdf").glob("*.pdf")} == times
