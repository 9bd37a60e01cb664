"""Author text prints literally; the URL fetcher serves only regular files inside its roots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pdf_support import Built

from curriculum.pdf import fetcher
from curriculum.pdf.jobs import RenderJob, RenderResult
from curriculum.pdf.renderer import render

INJECTIONS = ("<script>alert(1)</script>", "{{ 7*7 }}", "<img src=http://127.0.0.1:9/x.png>")


@pytest.mark.parametrize("name", ["amber-module.learner.pdf", "amber-module.trainer.pdf",
                                  "curriculum.pdf"])
def test_author_markup_and_template_code_print_literally(fixture_build: Built, name: str) -> None:
    text = " ".join(fixture_build.text(name).split()).replace("/ x.png>", "/x.png>")  # wrapped
    for injection in INJECTIONS:
        assert injection in text
    assert "Amber <script>alert(1)</script> module" in text
    assert " 49 " not in text
    data = fixture_build.pdf(name).read_bytes()
    assert b"/JavaScript" not in data and b"/JS " not in data


def job(tmp_path: Path, body: str) -> RenderJob:
    """A document rooted at ``tmp_path/root`` (the only folder the fetcher may read)."""
    root = tmp_path / "root"
    root.mkdir(exist_ok=True)
    css = root / "style.css"
    css.write_text('body { font-family: "DejaVu Sans"; }', "utf-8")
    html = f"<!DOCTYPE html><html lang=en><title>t</title><body><p>x</p>{body}</body></html>"
    return RenderJob("t.pdf", html, root.as_uri() + "/", (str(css),), (str(root),), 0)


def refused(result: RenderResult) -> list[str]:
    return [f"{r.url} {r.reason}" for r in result.refusals]


def test_remote_references_are_refused(tmp_path: Path) -> None:
    for body in ('<img src="http://127.0.0.1:9/x.png">',
                 '<link rel="stylesheet" href="https://127.0.0.1:9/x.css">',
                 '<div style="background: url(ftp://127.0.0.1:9/x.png)">y</div>'):
        result = render(job(tmp_path, body))
        assert not result.ok and not result.pdf
        assert "references are not allowed" in refused(result)[0]


def test_files_outside_the_roots_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret", "utf-8")
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "link.txt").symlink_to(secret)
    for body in ('<link rel="attachment" href="file:///etc/hostname">',
                 '<a rel="attachment" href="../secret.txt">s</a>',
                 '<link rel="attachment" href="link.txt">',
                 '<img src="file://otherhost/etc/hostname">'):
        result = render(job(tmp_path, body))
        assert not result.ok, body
        assert refused(result), body
        assert b"top secret" not in result.pdf


def test_a_fifo_inside_the_root_is_refused_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    os.mkfifo(tmp_path / "root" / "pipe.png")
    result = render(job(tmp_path, '<img src="pipe.png">'))
    assert "not a regular file" in refused(result)[0]


def test_oversized_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetcher, "MAX_BYTES", 1024 * 1024)
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "big.txt").write_bytes(b"x" * (1024 * 1024 + 1))
    result = render(job(tmp_path, '<link rel="attachment" href="big.txt">'))
    assert "larger than 1 MB" in refused(result)[0]


def test_regular_files_inside_the_root_and_data_urls_are_served(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "note.txt").write_text("attached note", "utf-8")
    pixel = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
             "NkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    result = render(job(tmp_path, f'<img alt="dot" src="{pixel}"><a rel="attachment" '
                                  'href="note.txt">n</a>'))
    assert result.ok, (result.problems, result.refusals)
    assert result.pdf.startswith(b"%PDF") and b"/EmbeddedFile" in result.pdf


def test_weasyprint_warnings_fail_the_document(tmp_path: Path) -> None:
    result = render(job(tmp_path, '<p style="colr: red">typo</p>'))
    assert not result.ok and not result.pdf
    assert any("colr" in problem for problem in result.problems)
