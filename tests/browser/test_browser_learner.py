"""The player as a learner meets it: reflow on small screens, axe-core, the keyboard alone,
the confirmation before submitting, attempts, results, review, and saves that fail.

Layout and audits run the package's launch page on its own (a preview, no LMS) at phone
sizes; everything the LMS must record runs inside the scorm-again harness.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scorm_driver import Session, answer, items_by_id

from curriculum.i18n.catalogues import interface

pytestmark = pytest.mark.browser

AXE = "/lms/node_modules/axe-core/axe.min.js"
LTR, RTL = "all-types", "rtl-practice"


def ar(message: str, **values: object) -> str:
    """A player text as the Arabic catalogue gives it (the RTL fixture is ``language: ar``)."""
    return interface("ar").gettext(message).format(**values)


def ar_n(singular: str, plural: str, n: int, **values: object) -> str:
    """A counted player text in Arabic, in the form CLDR gives ``n``."""
    return interface("ar").ngettext(singular, plural, n).format(n=n, **values)
# 320 px wide; a 390x844 phone; 1280x1024 at 200% zoom (a 640x512 CSS-pixel viewport).
REPO_MODULES = sorted(p.stem for p in (Path(__file__).parents[2] / "modules").glob("*.yaml"))
VIEWPORTS = {"320": (320, 640), "phone": (390, 844), "zoom200": (640, 512)}


def open_page(probe: Any, server: str, module_id: str, size: tuple[int, int]) -> Any:
    page = probe.page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{server}/pkg/fixture/scorm2004/{module_id}/index.html")
    page.locator("[data-ready]").wait_for()
    return page


def show(page: Any, step: str) -> None:
    toggle = page.locator("[data-toc-toggle]")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    page.locator(f'[data-goto="{step}"]').click()
    page.locator(f'[data-step="{step}"]').wait_for(state="visible")


def steps(page: Any) -> list[str]:
    return list(page.locator("[data-goto]").evaluate_all(
        "els => els.map(e => e.dataset.goto)"))


def answer_all(page: Any, package: dict[str, Any], correct: bool) -> None:
    show(page, "quiz")
    items = items_by_id(package)
    ids = page.locator("[data-question-id]").evaluate_all(
        "els => els.map(e => e.dataset.questionId)")
    for question_id in ids:
        answer(SimpleNamespace(frame=page), items[question_id], correct)


def submit(page: Any) -> None:
    page.locator("[data-submit]").click()
    page.locator("[data-confirm-dialog] [data-confirm]").click()
    page.locator('[data-result="passed"], [data-result="failed"]').wait_for()


def sideways(page: Any) -> int:
    """How far the page scrolls sideways (0 when it reflows)."""
    return int(page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def axe_violations(page: Any, server: str) -> list[str]:
    """axe-core's violations of any impact (its default rules), one line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=f"{server}{AXE}")  # same origin: allowed by the player's CSP
    found: list[str] = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.map(v => v.id + " (" + v.impact + "): " +
            v.nodes.map(n => n.target.join(" ")).join(", "));
    }""")
    return found


def every_page(page: Any, package: dict[str, Any], check: Any) -> list[str]:
    """Visit start, content pages, quiz, the confirmation, results and review; ``check``
    returns problems for each. Answers are wrong, so that the review shows both answers."""
    problems: list[str] = []
    for step in steps(page)[:-2]:
        show(page, step)
        problems += [f"{step}: {p}" for p in check(page)]
    answer_all(page, package, correct=False)
    problems += [f"quiz: {p}" for p in check(page)]
    page.locator("[data-submit]").click()
    page.locator("[data-confirm-dialog]").wait_for()
    problems += [f"confirm: {p}" for p in check(page)]
    page.locator("[data-confirm-dialog] [data-confirm]").click()
    page.locator('[data-result="failed"]').wait_for()
    problems += [f"results: {p}" for p in check(page)]
    page.locator("[data-review]").click()
    page.locator('[data-step="quiz"] .review .answer-lines').first.wait_for()
    problems += [f"review: {p}" for p in check(page)]
    return problems


@pytest.mark.parametrize("module_id", [LTR, RTL])
@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_no_page_scrolls_sideways(
    probe: Any, server: str, built: Any, module_id: str, size: str
) -> None:
    page = open_page(probe, server, module_id, VIEWPORTS[size])
    assert page.locator("html").get_attribute("dir") == ("rtl" if module_id == RTL else "ltr")

    def check(page: Any) -> list[str]:
        overflow = sideways(page)
        return [f"scrolls sideways by {overflow} px"] if overflow > 0 else []

    page.keyboard.press("Tab")  # the skip link, shown on focus, must not widen the page
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert sideways(page) == 0
    assert every_page(page, built.packages[module_id], check) == []
    assert probe.errors == []


@pytest.mark.parametrize("module_id", [LTR, RTL])
def test_axe_finds_nothing_on_any_page(
    probe: Any, server: str, built: Any, module_id: str
) -> None:
    page = open_page(probe, server, module_id, VIEWPORTS["phone"])
    assert every_page(page, built.packages[module_id],
                      lambda p: axe_violations(p, server)) == []
    page.set_viewport_size({"width": 1280, "height": 800})
    show(page, "end")
    assert axe_violations(page, server) == []


def test_touch_targets_are_at_least_44_px(probe: Any, server: str, built: Any) -> None:
    page = open_page(probe, server, LTR, VIEWPORTS["phone"])
    show(page, "quiz")
    small = page.evaluate("""() => Array.from(document.querySelectorAll(
            'button, select, .options li, input[type=text]'))
        .filter(el => el.offsetParent !== null)
        .map(el => [el.outerHTML.slice(0, 60), el.getBoundingClientRect().height])
        .filter(([, height]) => height < 44)""")
    assert small == []
    # Ordering buttons keep one size whatever the entry's length; the ends are disabled.
    sizes = page.locator('[data-question-id="put-in-order"] [data-move]').evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().width))")
    assert len(set(sizes)) == 1
    moves = page.locator('[data-question-id="put-in-order"] [data-move]')
    assert moves.first.is_disabled() and moves.last.is_disabled()


def test_author_headings_links_and_activities_read_right(
    probe: Any, server: str, built: Any
) -> None:
    page = open_page(probe, server, RTL, VIEWPORTS["phone"])
    show(page, "s:first-reading")
    levels = page.locator('[data-step="s:first-reading"]').evaluate(
        "el => Array.from(el.querySelectorAll('h2,h3,h4,h5,h6')).map(h => +h.tagName[1])")
    assert levels[0] == 2 and all(b - a <= 1 for a, b in pairwise(levels))
    link = page.locator('[data-step="s:first-reading"] a[href="https://example.org/"]')
    assert link.get_attribute("target") == "_blank"
    assert ar("(opens in a new tab)") in link.inner_text()  # the RTL fixture is Arabic
    assert ar("Classroom activity: meant for a group session led by a trainer. If you are "
              "studying on your own, read it and think the questions through.") in page.locator(
        ".activity .classroom-note").inner_text()
    show(page, "quiz")
    number = page.locator('[data-question-id="rtl-number"] [data-answer-input]')
    number.fill("two")
    assert number.get_attribute("aria-invalid") == "true"
    assert page.locator('[data-question-id="rtl-number"] [id$="-hint"]').is_visible()
    page.locator("[data-submit]").click()
    listed = page.locator("[data-unanswered]").inner_text()
    assert ar("not a valid number") in listed  # an unreadable number is never submitted


def tab_to(s: Session, selector: str, backwards: bool = False, limit: int = 400) -> None:
    """Press Tab (or Shift+Tab) until the element matching ``selector`` has the focus."""
    probe = ("(() => { const a = document.activeElement; return document.hasFocus() && !!a "
             f"&& a.matches({json.dumps(selector)}); }})()")
    for _ in range(limit):
        s.page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if s.frame_eval(probe):
            return
    raise AssertionError(f"the keyboard never reached {selector}")


def key_answer(s: Session, item: dict[str, Any]) -> None:
    """Answer one question correctly with the keyboard alone."""
    q = f'[data-question-id="{item["identifier"]}"]'
    kind = item["type"]
    if kind in ("single_choice", "true_false"):
        wanted = item["correct_response"][0]
        wanted = str(wanted).lower() if kind == "true_false" else wanted
        tab_to(s, f"{q} input")
        s.page.keyboard.press("Space")
        for _ in range(8):
            if s.frame_eval(f"document.querySelector('{q} input:checked').dataset.choiceId")\
                    == wanted:
                break
            s.page.keyboard.press("ArrowDown")
    elif kind == "multiple_choice":
        for choice in item["correct_response"]:
            tab_to(s, f'{q} input[data-choice-id="{choice}"]')
            s.page.keyboard.press("Space")
    elif kind == "matching":
        for left, right in item["correct_response"]:
            tab_to(s, f'{q} select[data-match-left="{left}"]')
            for _ in range(10):
                if s.frame_eval(f"""document.querySelector('{q} select[data-match-left="{left}"]')
                                    .value""") == right:
                    break
                s.page.keyboard.press("ArrowDown")
    elif kind == "ordering":
        key_order(s, q, list(item["correct_response"]))
    else:
        tab_to(s, f"{q} [data-answer-input]")
        s.page.keyboard.type(typed_answer(item))


def typed_answer(item: dict[str, Any]) -> str:
    if item["type"] == "numeric":
        return str(item["correct_response"]["value"])
    if item["type"] == "fill_blank":
        return str(item["correct_response"][0])
    return "Written with the keyboard."


def key_order(s: Session, q: str, target: list[str]) -> None:
    for position, wanted in enumerate(target):
        current = s.frame_eval(f"Array.from(document.querySelectorAll('{q} [data-order-item]'),"
                               " e => e.dataset.orderItem)")
        steps_up = current.index(wanted) - position
        if steps_up > 0:
            tab_to(s, f'{q} [data-order-item="{wanted}"] [data-move="up"]')
            for _ in range(steps_up):
                s.page.keyboard.press("Enter")  # the focus stays with the moved entry
    if s.frame_eval(f"document.querySelector('{q} [data-order-list]').dataset.touched") != "true":
        first = target[0]
        tab_to(s, f'{q} [data-order-item="{first}"] [data-move="down"]')
        s.page.keyboard.press("Enter")
        tab_to(s, f'{q} [data-order-item="{first}"] [data-move="up"]', backwards=True)
        s.page.keyboard.press("Enter")


def test_a_whole_attempt_with_the_keyboard_alone(probe: Any, server: str, built: Any) -> None:
    s = Session(probe.page, server, built, "scorm2004", LTR)
    s.launch()
    tab_to(s, "[data-start]")
    s.page.keyboard.press("Enter")
    while s.frame_eval("document.querySelector('[data-step=\"quiz\"]').hidden"):
        tab_to(s, '[data-nav="next"]')
        s.page.keyboard.press("Enter")
    items = items_by_id(built.packages[LTR])
    for question_id in s.question_order():
        key_answer(s, items[question_id])
    assert s.frame.locator("[data-answered]").inner_text().startswith("8 of 8")
    tab_to(s, "[data-submit]")
    s.page.keyboard.press("Enter")
    tab_to(s, "[data-confirm]", backwards=True)  # the dialog opens on "Keep answering"
    s.page.keyboard.press("Enter")
    result = s.frame.locator('[data-result="passed"]')
    result.wait_for()
    assert result.get_attribute("data-score") == "100"
    assert s.frame_eval("document.activeElement.id") == "h-end"
    tab_to(s, "[data-review]")
    s.page.keyboard.press("Enter")
    assert s.frame.locator('[data-question-result="correct"]').count() == 7
    tab_to(s, "[data-exit]")
    s.page.keyboard.press("Enter")
    assert s.frame.locator('[data-exit-result="saved"]').is_visible()
    assert s.cmi()["cmi.success_status"] == "passed"


def objectives(cmi: dict[str, str]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for key, value in cmi.items():
        found = re.fullmatch(r"cmi\.objectives\.(\d+)\.(.+)", key)
        if found:
            rows.setdefault(found.group(1), {})[found.group(2)] = value
    return {row["id"]: row for row in rows.values()}


def test_confirm_practice_results_review_and_a_second_attempt(
    probe: Any, server: str, built: Any
) -> None:
    package = built.packages[RTL]
    items = items_by_id(package)
    s = Session(probe.page, server, built, "scorm2004", RTL)
    s.launch()
    s.goto_step("quiz")
    # Practice: one question checked at once shows both answers and is locked.
    answer(s, items["rtl-single"], correct=True)
    question = s.frame.locator('[data-question-id="rtl-single"]')
    assert question.locator(".review").inner_text() == ""  # nothing before checking
    question.locator("[data-check]").click()
    review = question.locator(".review").inner_text()
    assert ar("Correct") in review and "The item is noted" in review
    assert "noted before anything else" in review  # the explanation
    assert question.locator("input").first.is_disabled()
    s.leave()  # a checked question stays checked after a resume (suspend_data)
    s.launch(previous=s.cmi())
    s.goto_step("quiz")
    assert question.locator("input").first.is_disabled()
    assert ar("Correct answer") in question.locator(".review").inner_text()

    # Submit asks first, listing what is unanswered with links to it.
    s.frame.locator("[data-submit]").click()
    dialog = s.frame.locator("[data-confirm-dialog]")
    assert ar_n("{n} question is not answered. Unanswered questions count as incorrect.",
                "{n} questions are not answered. Unanswered questions count as incorrect.",
                7) in dialog.inner_text()
    dialog.locator("[data-jump]").first.click()
    assert not dialog.is_visible()
    focused = s.frame_eval("document.activeElement.dataset.questionId")
    assert focused == s.question_order()[1 if s.question_order()[0] == "rtl-single" else 0]
    answer(s, items["rtl-match"], correct=False)
    s.submit()
    result = s.frame.locator("[data-result]")
    assert result.get_attribute("data-result") == "failed"
    text = result.inner_text()
    assert ar_n("You answered {correct} of {n} scored question correctly.",
                "You answered {correct} of {n} scored questions correctly.", 7, correct=1) in text
    assert ar("Points: {earned} of {possible} ({percent}%).", earned=1, possible=7,
              percent="14.29") in text
    assert ar("Pass mark: {mark}%.", mark=60) in text
    assert ar("Attempt {n} of {max}.", n=1, max=2) in text
    assert result.locator('[data-objective="recall-order"]').get_attribute(
        "data-objective-met") == "false"
    s.page.wait_for_function(
        "() => document.getElementById('sco').contentDocument"
        ".getElementById('announcer').textContent.startsWith(" + json.dumps(ar("Not passed"))
        + ")")
    # The review: pairs as the learner gave them and as they should be, as text.
    s.frame.locator("[data-review]").click()
    match_review = s.frame.locator('[data-question-id="rtl-match"] .review').inner_text()
    assert "Step one: The item is sealed" in match_review  # the learner's (wrong) pair
    assert "Step two: The item is sealed" in match_review  # the correct pair
    order_review = s.frame.locator('[data-question-id="rtl-order"] .review').inner_text()
    assert ar("Not answered") in order_review and "Storing" in order_review

    # Reopened in the LMS: the submitted attempt shows its results and the retry.
    s.leave()
    saved = s.cmi()
    assert objectives(saved)["recall-order"]["success_status"] == "failed"
    s.launch(previous=saved)
    s.goto_step("end")
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "failed"
    retry = s.frame.locator("[data-retry]")
    assert retry.inner_text() == ar("Start attempt {n} of {max}", n=2, max=2)
    retry.click()
    assert s.frame.locator("[data-curriculum-player]").get_attribute("data-attempt") == "2"
    assert s.frame.locator("[data-answered]").inner_text() == ar_n(
        "{answered} of {n} question answered.", "{answered} of {n} questions answered.", 8,
        answered=0)
    s.leave()  # the attempt number survives a resume too
    s.launch(previous=s.cmi())
    assert s.frame.locator("[data-curriculum-player]").get_attribute("data-attempt") == "2"
    s.goto_step("quiz")
    for question_id in s.question_order():
        answer(s, items[question_id], correct=True)
    s.submit()
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "passed"
    assert s.frame.locator("[data-retry]").count() == 0  # both attempts used
    s.leave()
    cmi = s.cmi()
    met = objectives(cmi)
    assert set(met) == {"recall-order", "recall-terms"}
    assert {m["success_status"] for m in met.values()} == {"passed"}
    assert float(met["recall-order"]["score.scaled"]) == 1
    assert cmi["cmi.success_status"] == "passed"
    # Attempt 1's two records, then attempt 2's eight, in that order; the id names the attempt.
    records = s.records()
    assert [r["attempt"] for r in records] == ["1"] * 2 + ["2"] * 8
    assert {r["question"] for r in records[:2]} == {"rtl-single", "rtl-match"}
    assert {r["id"] for r in records[:2]} == {"rtl_single_a1", "rtl_match_a1"}
    assert [e for e in probe.errors if "favicon" not in e] == []


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_objectives_reach_the_lms(probe: Any, server: str, built: Any, fmt: str) -> None:
    s = Session(probe.page, server, built, fmt, LTR)
    s.launch()
    s.goto_step("quiz")
    items = items_by_id(built.packages[LTR])
    for question_id in s.question_order():
        answer(s, items[question_id], correct=question_id != "pick-many")
    s.submit()
    s.leave()
    # SCORM 1.2 identifiers are \w only: the objective's id is written recall_fixture there.
    row = objectives(s.cmi())["recall_fixture" if fmt == "scorm12" else "recall-fixture"]
    if fmt == "scorm12":  # 6 of 8 points: 75%, the pass mark
        assert (row["score.raw"], row["score.max"], row["status"]) == ("75", "100", "passed")
    else:
        assert (row["score.raw"], row["score.max"], row["success_status"]) == ("6", "8", "passed")
        assert float(row["score.scaled"]) == 0.75 and row["completion_status"] == "completed"


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_a_platform_that_refuses_to_save_is_announced_and_retried(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = Session(probe.page, server, built, fmt, LTR)
    s.launch()
    banner = s.frame.locator("#save-problem")
    assert not banner.is_visible()
    s.page.evaluate("window.lmsFail.commit = true")
    s.goto_step("s:plain-section")
    assert banner.is_visible() and banner.get_attribute("role") == "alert"
    assert "did not save your latest progress" in banner.inner_text()
    s.page.evaluate("window.lmsFail.setThrows = true")
    items = items_by_id(built.packages[LTR])
    s.goto_step("quiz")
    for question_id in s.question_order():
        answer(s, items[question_id], correct=True)
    s.submit()  # Submit still works and shows the result
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "passed"
    assert banner.is_visible()
    status = "cmi.core.lesson_status" if fmt == "scorm12" else "cmi.success_status"
    assert s.values_set().get(status) != "passed"  # nothing reached the LMS yet
    s.page.evaluate("window.lmsFail.commit = false; window.lmsFail.setThrows = false")
    s.frame.locator("[data-save-retry]").click()
    banner.wait_for(state="hidden")
    assert s.values_set()[status] == "passed"  # the result was sent again
    s.frame.locator("[data-exit]").click()
    exit_panel = s.frame.locator("[data-exit-result]")
    assert exit_panel.get_attribute("data-exit-result") == "saved"
    assert "Your progress is saved" in exit_panel.inner_text()


def test_save_and_exit_says_when_the_platform_did_not_confirm(
    probe: Any, server: str, built: Any
) -> None:
    s = Session(probe.page, server, built, "scorm2004", "no-quiz")
    s.launch()
    s.page.evaluate("window.lmsFail.commit = true")
    s.frame.locator("[data-exit]").click()
    panel = s.frame.locator("[data-exit-result]")
    assert panel.get_attribute("data-exit-result") == "failed"
    assert "did not confirm" in panel.inner_text()
    assert s.frame_eval("document.activeElement.id") == "exit-title"


@pytest.mark.parametrize("module_id", REPO_MODULES)
def test_axe_finds_nothing_in_the_built_in_curriculum(
    probe: Any, server: str, repo_built: Any, module_id: str
) -> None:
    """Author content too: tables, headings and links of every page of every module."""
    page = probe.page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server}/pkg/repo/scorm2004/{module_id}/index.html")
    page.locator("[data-ready]").wait_for()
    problems = []
    for step in steps(page)[:-1]:
        show(page, step)
        problems += [f"{step}: {p}" for p in axe_violations(page, server)]
    assert problems == []
