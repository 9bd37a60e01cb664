# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 11b (V4): an amending law quotes the text it enacts ("... is
inserted:" then '"Article 50a. ...' over several paragraphs). Its sentences were read as
"inside quotation marks: an opinion", the one that closed the quotation kept an "unclosed
quotation mark", a penalty spelled "fourteen years" was no figure, and a paragraph that
leans on "paragraph (1)" of its provision was asked as if whole. A short text of our own,
with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import run

LAW = """# Law No. 9/2031 amending the Penal Code (online abuse of children)

## Article 1

The following Article is inserted after Article 50 of the Penal Code:

"Article 50a. Paying for abuse streamed online

A person who pays to watch the online sexual abuse of a child in real time shall be punished
by imprisonment of four to fourteen years."

## Article 2

Paragraph (1) of Article 48 is amended to read:

"(1) Sexual acts with a child under the age of fifteen years, where the child was first
contacted online, shall be punished by imprisonment of two to nine years."

A new paragraph (3) is added:

"(3) No offence is committed under paragraph (1) where a child was contacted online by a
person not more than two years older."

## Article 3

The minister added the following remark:

"Online abuse will be punished more severely than in the past five years."
"""


def drafted(project: Path) -> tuple[str, str]:
    (project / "sources" / "law.md").write_text(LAW, "utf-8")
    result = run("draft", "sources/law.md", "--out", "drafts")
    assert result.exit_code == 0, result.output
    module = (project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8")
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    return " ".join(module.split()), " ".join(audit.replace("\\", "").split())


def test_the_text_an_amending_law_enacts_is_the_law_not_a_quotation(project: Path) -> None:
    module, audit = drafted(project)
    assert "Under Law No. 9/2031, a person who pays to watch the online sexual abuse of a child in real time shall be punished by imprisonment of four to ____ years." in module
    assert "prompt: Under Law No. 9/2031, a person who pays" in module  # the streaming
    # offence reaches the module, named as the law's (``jurisdiction.numbered_law``)
    assert "Sexual acts with a child under the age of fifteen years, where the child was first contacted online, shall be punished" in module + audit
    assert "prompt: '\"Sexual acts" not in module and "(1) Sexual acts" not in module + audit
    assert "an unclosed quotation mark" not in audit


def test_a_paragraph_leaning_on_its_sibling_is_held(project: Path) -> None:
    _, audit = drafted(project)
    assert 'points back: "paragraph (1)" is a provision the stem does not show' in audit


def test_a_remark_quoted_after_a_colon_is_still_a_quotation(project: Path) -> None:
    module, _ = drafted(project)
    assert "prompt: Online abuse will be punished" not in module
    assert "prompt: '\"Online abuse" not in module
    assert "prompt: \"Online abuse" not in module
