"""The player in Arabic: mirrored, labelled in Arabic, grading Arabic-Indic digits right."""

from __future__ import annotations

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
    text = s.frame.locator("body").inner_text()
    assert not any(word in text for word in ("Next", "Previous", "Submit", "Question", "Passed",
                                            "Disclosure", "Loading", "Contents"))
    assert [e for e in probe.errors if "favicon" not in e] == []


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
