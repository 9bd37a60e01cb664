"""The player in Arabic: mirrored, labelled in Arabic, grading Arabic-Indic digits right."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from scorm_driver import Session, answer, items_by_id

from conftest import Built, _build_and_unpack

pytestmark = pytest.mark.browser

I18N = Path(__file__).parents[1] / "data" / "i18n"


@pytest.fixture(scope="module")
def i18n_built(tmp_path_factory: pytest.TempPathFactory, www: Path) -> Built:
    """tests/data/i18n (a French and an Arabic module) built as SCORM 1.2 and 2004."""
    project = tmp_path_factory.mktemp("i18n-browser") / "project"
    shutil.copytree(I18N, project)
    return _build_and_unpack(project, Built("i18n", www / "i18n"), tmp_path_factory)


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_arabic_player_is_mirrored_and_grades_arabic_indic_digits(
    probe: Any, server: str, i18n_built: Built, fmt: str
) -> None:
    s = Session(probe.page, server, i18n_built, fmt, "module-ar")
    s.launch()
    html = s.frame.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert s.frame.locator('[data-nav="next"]').inner_text() == "التالي"
    assert s.frame_eval("getComputedStyle(document.body).direction") == "rtl"
    package = i18n_built.packages["module-ar"]
    s.goto_step("quiz")
    items = items_by_id(package)
    for question_id in s.question_order():
        item = items[question_id]
        if item["type"] == "numeric":
            field = s.frame.locator(f'[data-question-id="{question_id}"] [data-answer-input]')
            field.fill("١٢")  # 12 in Arabic-Indic digits
            assert field.get_attribute("aria-invalid") == "false"
        else:
            answer(s, item, correct=True)
    legend = s.frame.locator("[data-question-id] legend").first.inner_text()
    assert legend.startswith("السؤال 1 من 3")
    s.submit()
    result = s.frame.locator("[data-result]")
    assert (result.get_attribute("data-result"), result.get_attribute("data-score")) == (
        "passed", "100")
    assert "ناجح" in result.inner_text()
    assert [e for e in probe.errors if "favicon" not in e] == []


ALLOWED = {"TLP", "CLEAR"}
"""ASCII words a translated player may show: the handling marking (a FIRST label)."""


def _page_text(s: Session) -> str:
    """The page's text with accessible names, titles and placeholders."""
    return str(s.frame_eval("""(() => {
        const names = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
          .map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'),
                       e.getAttribute('placeholder')].join(' '));
        return document.body.innerText + ' ' + names.join(' ') + ' ' + document.title;
    })()"""))


def _english_left(s: Session, module: str, content: set[str]) -> set[str]:
    """English the tool put on the page: in Arabic any ASCII word but the marking and the
    module's own; in Spanish any English player text whose Spanish differs."""
    text = _page_text(s)
    if module == "module-ar":
        return set(re.findall(r"[A-Za-z]{2,}", text)) - ALLOWED - content
    return {part for part in _english_player_texts("es")
            if re.search(rf"\b{re.escape(part)}\b", text)}


def _english_player_texts(language: str) -> set[str]:
    from curriculum.i18n.catalogues import interface
    from curriculum.scorm.strings import PLAYER_PLURALS, PLAYER_STRINGS

    text = interface(language)
    pairs = [(m, text.gettext(m)) for m in PLAYER_STRINGS.values()]
    pairs += [(m, text.ngettext(one, many, n)) for one, many in PLAYER_PLURALS.values()
              for m, n in ((one, 1), (many, 5))]
    return {part.strip() for english, theirs in pairs for part in re.split(r"\{\w+\}", english)
            if len(part.strip()) >= 4 and part.strip() not in theirs}


@pytest.mark.parametrize("module", ["module-ar", "module-es"])
def test_every_page_of_a_translated_player_is_in_its_language(
    probe: Any, server: str, i18n_built: Built, module: str
) -> None:
    """Cover, sections, quiz, confirmation, results, review: no English of the tool."""
    s = Session(probe.page, server, i18n_built, "scorm2004", module)
    s.launch()
    content = _content_words(i18n_built.packages[module])
    assert {"Save and exit", "Submit answers", "Pass mark:"} <= _english_player_texts("es")
    seen = 0
    while True:
        assert _english_left(s, module, content) == set(), seen
        seen += 1
        following = s.frame.locator('[data-nav="next"]')
        if following.is_disabled() or seen > 10:
            break
        following.click()
    assert seen >= 3
    s.goto_step("quiz")
    s.frame.locator("[data-submit]").click()  # the confirmation lists the unanswered questions
    s.frame.locator("[data-confirm-dialog]").wait_for()
    assert _english_left(s, module, content) == set()
    s.frame.locator("[data-confirm-dialog] [data-confirm]").click()
    s.frame.locator('[data-result="passed"], [data-result="failed"]').wait_for()
    assert _english_left(s, module, content) == set()  # results, with "what to revisit"
    s.frame.locator("[data-review]").first.click()
    assert _english_left(s, module, content) == set()  # review with the correct answers


def _content_words(value: Any) -> set[str]:
    """ASCII words of the module's own text (string values of its package, not the keys)."""
    if isinstance(value, dict):
        return set().union(*(_content_words(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_content_words(v) for v in value))
    return set(re.findall(r"[A-Za-z]{2,}", value)) if isinstance(value, str) else set()


@pytest.mark.parametrize("typed", ["\u0661\u0663", "\u06f1\u06f2\u066b\u06f5"])
def test_arabic_indic_digits_that_are_wrong_are_graded_wrong(
    probe: Any, server: str, i18n_built: Built, typed: str
) -> None:
    s = Session(probe.page, server, i18n_built, "scorm12", "module-ar")
    s.launch()
    s.goto_step("quiz")
    items = items_by_id(i18n_built.packages["module-ar"])
    for question_id in s.question_order():
        item = items[question_id]
        if item["type"] == "numeric":
            s.frame.locator(f'[data-question-id="{question_id}"] [data-answer-input]').fill(typed)
        else:
            answer(s, item, correct=True)
    s.submit()
    assert s.frame.locator("[data-result]").get_attribute("data-score") != "100"
