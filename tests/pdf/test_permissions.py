"""PDFs get the same permissions as the JSON and zip outputs (0644), whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_support import build_pdf, copy_fixture

from curriculum.build import build


@pytest.fixture
def strict_umask() -> Iterator[None]:
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def modes(folder: Path) -> set[int]:
    return {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}


def test_rendered_and_cached_pdfs_are_0644_like_json(tmp_path: Path, strict_umask: None) -> None:
    root = copy_fixture(tmp_path)
    built = build_pdf(root, jobs=1)
    assert modes(built.out) == {0o644}  # rendered
    build(root, ["pdf", "json"], jobs=1)  # the PDFs now come from the cache
    assert modes(built.out) == {0o644}
    assert modes(root / "build" / "json") == {0o644}
