"""Author Markdown becomes HTML that cannot carry markup, script or fetches."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.rendering import markdown_inline, markdown_to_html, template_environment


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"),
        ("{{ 7*7 }}", "<p>{{ 7*7 }}</p>\n"),
        ("![map](http://127.0.0.1:9/x.png)", "<p>[image not shown: map]</p>\n"),
        ("![](../../secret.png)", "<p>[image not shown]</p>\n"),
        ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"),
        ("[x](file:///etc/passwd)", "<p>[x](file:///etc/passwd)</p>\n"),
        ("[x](../secret.txt)", "<p><a>x</a></p>\n"),
        (
            "[x](https://example.org)",
            '<p><a href="https://example.org" rel="noopener noreferrer">x</a></p>\n',
        ),
        ("# Title", "<h3>Title</h3>\n"),
        ("##### Deep", "<h6>Deep</h6>\n"),
    ],
)
def test_markdown_is_safe(markdown: str, expected: str) -> None:
    assert str(markdown_to_html(markdown)) == expected


def test_tables_render() -> None:
    html = str(markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |"))
    assert "<table>" in html and "<td>2</td>" in html


def test_inline_has_no_paragraph() -> None:
    assert str(markdown_inline("**bold** <b>")) == "<strong>bold</strong> &lt;b&gt;"


def test_templates_autoescape_author_text_and_project_overrides_win(tmp_path: Path) -> None:
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "section.html").write_text("OVERRIDE {{ title }}")
    env = template_environment("package", tmp_path)
    assert env.get_template("section.html").render(title="<b>{{ 7*7 }}</b>") == (
        "OVERRIDE &lt;b&gt;{{ 7*7 }}&lt;/b&gt;"
    )
