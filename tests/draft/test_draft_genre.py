# ruff: noqa: E501  (texts and expected stems are kept whole so they read as written)
"""Issue #9, round 19, class "genre": conventions of a document's kind read as content. Each on
a short text of our own, with the exact outcome:

- a page's boxes (``boxes.py``): a support, correction or cookie box, by its label or its HTML
  class, gives no fact and no question, and the audit names the box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import chosen, drafted_note, prompts

from curriculum.draft.themes import ThemeMatcher

PAGE = """<!doctype html>
<html><head><title>Online grooming: what parents should know</title></head>
<body>
<div id="cookie-banner"><p>We use cookies to remember your choices on this site for 30 days.</p></div>
<h1>Online grooming: what parents should know</h1>
<p>Under the Child Protection Act 2019, an adult who arranges to meet a child under 16 after online contact commits an offence punishable by up to 10 years in prison.</p>
<p class="correction">This article was amended on 3 May 2026 to correct the maximum penalty from 5 years to 10 years in prison.</p>
<div class="support"><p>Children can call the Harbourside Childline free on 116 222, 24 hours a day.</p></div>
<p><strong>Support:</strong> Parents of a child groomed online can get advice from the Online Safety Line within 2 working days of contacting it.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return drafted_note(tmp_path_factory.mktemp("boxes"), "page.html", PAGE)


def test_a_pages_boxes_give_no_fact_and_no_question(page: tuple[str, str]) -> None:
    modules, _ = page
    for detail in ("cookies", "amended on 3 May", "116 222", "Online Safety Line"):
        assert detail not in modules
    assert "commits an offence punishable by up to" in modules  # the body's rule stays


@pytest.mark.parametrize(("kind", "start"), [
    ("cookie", "We use cookies to remember"),
    ("correction", "This article was amended on 3 May 2026"),
    ("support", "Children can call the Harbourside Childline"),
    ("support", "Support: Parents of a child groomed online"),
])
def test_the_audit_names_the_box(page: tuple[str, str], kind: str, start: str) -> None:
    _, audit = page
    assert (f"a {kind} box of the page (its label or markup says so): the page's service to its "
            f"reader, not a fact of the work: {start}") in audit


def test_a_support_label_in_any_format_marks_its_paragraph(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Missing children: advice for families\n\n"
            "A police officer must search the home of a missing child within 2 hours of the report.\n\n"
            "**Support:** Families of a missing child can call the Missing People line within 24 hours of a disappearance. The line is free.\n")
    kept, below = chosen(tmp_path, text, matcher)
    assert [p for p in prompts(kept + below) if "Missing People" in p or "line is free" in p] == []
    assert "A police officer must search the home of a missing child within ____ hours of the report." in prompts(kept)
