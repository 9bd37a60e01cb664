"""Each SCORM package in headless Chromium, inside an LMS whose API is scorm-again's.

What is checked is what the LMS records (its flattened cmi data) and what the learner
sees, never the player's internals.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from scorm_driver import Session, answer, items_by_id

from curriculum.scorm.player import SCRIPTS

pytestmark = pytest.mark.browser

FORMATS = ["scorm12", "scorm2004"]
REPO_MODULES = sorted(p.stem for p in (Path(__file__).parents[2] / "modules").glob("*.yaml"))
INJECTED = (
    "<script>window.__pwned = 1</script>",
    "{{ 7*7 }}",
    "<img src=x onerror=alert(1)>",
    '<img src=x onerror="window.__pwned=2">',
)


def session(probe: Any, server: str, built: Any, fmt: str, module_id: str) -> Session:
    return Session(probe.page, server, built, fmt, module_id)


def interactions(s: Session) -> dict[str, dict[str, str]]:
    """The LMS's records by question id (read back through the package's interactions.json)."""
    return {row["question"]: row for row in s.records()}


def answer_all(s: Session, package: dict[str, Any], correct: bool) -> None:
    s.goto_step("quiz")
    items = items_by_id(package)
    for question_id in s.question_order():
        answer(s, items[question_id], correct)


def no_script_ran(s: Session, probe: Any) -> None:
    assert s.frame_eval("typeof window.__pwned") == "undefined"
    assert probe.dialogs == []
    assert [e for e in probe.errors if "favicon" not in e] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_all_correct_answers_pass_with_full_score(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = session(probe, server, built, fmt, "all-types")
    package = built.packages["all-types"]
    s.launch()
    assert s.frame.locator("[data-lms-status]").get_attribute("data-lms-status") == "connected"
    for step in ("s:plain-section", "s:case-study"):
        s.goto_step(step)
    assert "Fictional case scenario" in s.frame.locator('[data-step="s:case-study"]').inner_text()
    answer_all(s, package, correct=True)
    s.submit()
    result = s.frame.locator("[data-result]")
    assert result.get_attribute("data-result") == "passed"
    assert result.get_attribute("data-score") == "100"
    s.leave()
    cmi = s.cmi()
    records = interactions(s)
    assert set(records) == set(items_by_id(package))  # one record per answered question
    assert records["explain-why"]["result"] == "neutral"
    assert {r["result"] for k, r in records.items() if k != "explain-why"} == {"correct"}
    if fmt == "scorm12":
        assert cmi["cmi.core.lesson_status"] == "passed"
        assert (cmi["cmi.core.score.raw"], cmi["cmi.core.score.min"],
                cmi["cmi.core.score.max"]) == ("100", "0", "100")
        assert cmi["cmi.core.exit"] == ""
        assert re.fullmatch(r"\d{2,4}:\d\d:\d\d(\.\d+)?", cmi["cmi.core.session_time"])
        assert records["pick-many"]["student_response"] == "a,c"
        assert records["is-true"]["student_response"] == "t"
        assert records["match-pairs"]["type"] == "matching"
        assert records["explain-why"]["student_response"] == "A written answer, over two lines."
    else:
        assert cmi["cmi.completion_status"] == "completed"
        assert cmi["cmi.success_status"] == "passed"
        assert (cmi["cmi.score.raw"], cmi["cmi.score.min"], cmi["cmi.score.max"]) == (
            "8", "0", "8")
        assert float(cmi["cmi.score.scaled"]) == 1
        assert cmi["cmi.exit"] == "normal"
        assert re.fullmatch(r"PT\d+H\d+M\d+S", cmi["cmi.session_time"])
        assert records["pick-many"]["learner_response"] == "a[,]c"
        assert records["put-in-order"]["type"] == "sequencing"
        assert records["explain-why"]["type"] == "long-fill-in"
    assert s.events()["finished"] == 1
    status = "cmi.core.lesson_status" if fmt == "scorm12" else "cmi.success_status"
    assert s.values_set()[status] == "passed"  # reported by the SCO, not inferred by the LMS
    no_script_ran(s, probe)


@pytest.mark.parametrize("fmt", FORMATS)
def test_wrong_answers_fail(probe: Any, server: str, built: Any, fmt: str) -> None:
    s = session(probe, server, built, fmt, "all-types")
    s.launch()
    answer_all(s, built.packages["all-types"], correct=False)
    s.submit()
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "failed"
    assert s.frame.locator("[data-result]").get_attribute("data-score") == "0"
    s.frame.locator("[data-review]").click()
    review = s.frame.locator('[data-question-id="pick-one"] .review')
    assert review.is_visible()
    feedback = review.inner_text()
    assert "FEEDBACK-CRIMSON-UV2" in feedback and "EXPLAIN-SINGLE-QX7" in feedback
    s.leave()
    cmi = s.cmi()
    wrong = "wrong" if fmt == "scorm12" else "incorrect"
    results = {k: r["result"] for k, r in interactions(s).items()}
    assert results.pop("explain-why") == "neutral"
    assert set(results.values()) == {wrong}
    assert len(results) == 7
    if fmt == "scorm12":
        assert cmi["cmi.core.lesson_status"] == "failed"
        assert cmi["cmi.core.score.raw"] == "0"
    else:
        assert cmi["cmi.success_status"] == "failed"
        assert cmi["cmi.completion_status"] == "completed"
        assert s.values_set()["cmi.success_status"] == "failed"
    no_script_ran(s, probe)


@pytest.mark.parametrize("fmt", FORMATS)
def test_leaving_midway_resumes_at_the_same_place_and_order(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    package = built.packages["drawn-pool"]
    items = items_by_id(package)
    s = session(probe, server, built, fmt, "drawn-pool")
    s.launch()
    s.goto_step("quiz")
    order = s.question_order()
    assert len(order) == 4  # draw: 4
    groups = [items[q].get("group") for q in order if items[q].get("group")]
    assert len(groups) == len(set(groups))  # at most one question per group
    for question_id in order[:2]:
        answer(s, items[question_id], correct=True)
    s.leave()
    saved = s.cmi()
    status = "cmi.core.lesson_status" if fmt == "scorm12" else "cmi.completion_status"
    assert saved[status] == "incomplete"
    assert saved["cmi.core.exit" if fmt == "scorm12" else "cmi.exit"] == "suspend"
    assert saved["cmi.core.lesson_location" if fmt == "scorm12" else "cmi.location"] == "quiz"
    assert 0 < len(saved["cmi.suspend_data"]) <= 4096

    s.launch(previous=saved)
    assert s.frame.locator('[data-step="quiz"]').is_visible()  # the bookmark
    assert s.question_order() == order
    assert s.frame.locator("[data-answered]").inner_text().startswith("2 of 4")
    for question_id in order[2:]:
        answer(s, items[question_id], correct=True)
    s.submit()
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "passed"
    no_script_ran(s, probe)


def test_without_an_lms_the_player_says_so_and_still_works(
    probe: Any, server: str, built: Any
) -> None:
    page = probe.page
    page.goto(f"{server}/pkg/fixture/scorm12/all-types/index.html")
    page.locator("[data-ready]").wait_for()
    status = page.locator("[data-lms-status]")
    assert status.get_attribute("data-lms-status") == "none"
    assert "No learning platform was found" in status.inner_text()
    page.locator('[data-goto="quiz"]').click()
    page.locator('[data-question-id="is-true"] input[data-choice-id="true"]').check()
    page.locator("[data-submit]").click()
    page.locator("[data-confirm-dialog] [data-confirm]").click()
    assert page.locator("[data-result]").get_attribute("data-result") == "failed"
    text = page.locator("body").inner_text()
    assert "All types <script>window.__pwned = 1</script> {{ 7*7 }}" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert probe.dialogs == []


def test_author_text_is_shown_literally_and_never_runs(
    probe: Any, server: str, built: Any
) -> None:
    s = session(probe, server, built, "scorm2004", "all-types")
    s.launch()
    seen = []
    for step in ("intro", "s:plain-section", "quiz"):
        s.goto_step(step)
        seen.append(s.frame.locator(f'[data-step="{step}"]').inner_text())
    text = "\n".join(seen) + s.frame.locator("h1").inner_text()
    for literal in INJECTED:
        assert literal in text
    assert "49" not in text
    assert s.frame.locator("script").count() == len(SCRIPTS)  # the player's own scripts only
    assert s.frame.locator("img, [onerror]").count() == 0
    assert s.frame.locator('a[href^="javascript"]').count() == 0
    link = s.frame.locator('a[href="https://example.org/"]')
    assert link.get_attribute("target") == "_blank"  # never navigates the SCO's frame away
    no_script_ran(s, probe)


def test_controls_are_labelled_and_keyboard_reachable(
    probe: Any, server: str, built: Any
) -> None:
    s = session(probe, server, built, "scorm12", "all-types")
    s.launch()
    html = s.frame.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")
    s.goto_step("quiz")
    unlabelled = s.frame.locator("[data-step='quiz']").evaluate(
        """root => Array.from(root.querySelectorAll('input, select, textarea, button'))
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                    && !el.textContent.trim())
            .map(el => el.outerHTML)""")
    assert unlabelled == []
    number = s.frame.locator('[data-question-id="count-number"] [data-answer-input]')
    number.fill("nineteen")
    assert number.get_attribute("aria-invalid") == "true"
    assert s.frame.locator('[data-question-id="count-number"] .note').is_visible()
    number.fill("1987,5")
    assert number.get_attribute("aria-invalid") == "false"
    legends = s.frame.locator("[data-question-id] legend").all_inner_texts()
    assert legends[0] == "Question 1 of 8"
    s.frame.locator('[data-goto="quiz"]').focus()
    reached = set()
    for _ in range(12):
        s.page.keyboard.press("Tab")
        reached.add(s.frame_eval("document.activeElement.tagName + ':' + "
                                 "(document.activeElement.type || '')"))
    assert "INPUT:checkbox" in reached or "INPUT:radio" in reached


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_module_without_quiz_completes_at_the_end_and_runs_right_to_left(
    probe: Any, server: str, built: Any, fmt: str
) -> None:
    s = session(probe, server, built, fmt, "no-quiz")
    s.launch()
    html = s.frame.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("he", "rtl")
    s.frame.locator('[data-nav="next"]').click()
    s.frame.locator('[data-nav="next"]').click()
    assert s.frame.locator('[data-step="end"]').is_visible()
    s.frame.locator("[data-exit]").click()  # the learner's own exit: commit and finish
    assert s.frame.locator("[data-curriculum-player]").get_attribute("data-finished") == "true"
    cmi = s.cmi()
    if fmt == "scorm12":
        assert cmi["cmi.core.lesson_status"] == "completed"
        assert cmi["cmi.core.exit"] == ""
    else:
        assert cmi["cmi.completion_status"] == "completed"
        assert cmi["cmi.exit"] == "normal"
    assert s.events()["finished"] == 1
    no_script_ran(s, probe)


def test_player_and_builder_normalise_and_hash_alike(
    probe: Any, server: str, built: Any
) -> None:
    from curriculum.scorm.obscure import normalise_text, obscure_text, response_hash

    page = probe.page
    page.goto(f"{server}/pkg/fixture/scorm2004/all-types/index.html")
    page.locator("[data-ready]").wait_for()
    samples = ["  Quokka  PHRASE ", "ΟΔΟΣ", "Straße", "e\u0301cole", "tab\tand\nnewline",
               "İstanbul"]
    in_js = page.evaluate("s => s.map(CurriculumObscure.normaliseText)", samples)
    assert in_js == [normalise_text(s) for s in samples]
    hashed = page.evaluate("CurriculumObscure.responseHash('salt', 'q-1', 'ünï,çødé')")
    assert hashed == response_hash("salt", "q-1", "ünï,çødé")
    blob = obscure_text("salt", "q-1", "<p>Explanation ✓ " * 20)
    shown = page.evaluate("b => CurriculumObscure.revealText('salt', 'q-1', b)", blob)
    assert shown == "<p>Explanation ✓ " * 20


def test_progress_saved_by_the_previous_player_still_resumes(
    probe: Any, server: str, built: Any
) -> None:
    """Format 1 (JSON) suspend_data from an earlier player resumes with its answers."""
    package = built.packages["drawn-pool"]
    items = list(items_by_id(package))
    s = session(probe, server, built, "scorm12", "drawn-pool")
    s.launch()
    fingerprint = s.frame_eval("CURRICULUM_PAYLOAD.fingerprint")
    chosen = package["assessments"][0]["items"][4]["choices"][0]["identifier"]
    old = json.dumps({"v": 1, "f": fingerprint, "s": 42, "o": [4, 0, 6, 2],
                      "a": {"4": [chosen], "0": "true"}, "n": "11100", "d": 0, "c": 0})
    s.launch(previous={"cmi.suspend_data": old, "cmi.core.lesson_location": "quiz"})
    assert s.question_order() == [items[i] for i in (4, 0, 6, 2)]
    assert s.frame.locator("[data-answered]").inner_text().startswith("2 of 4")
    question = s.frame.locator(f'[data-question-id="{items[0]}"]')
    assert question.locator('input[data-choice-id="true"]').is_checked()


@pytest.mark.parametrize("module_id", REPO_MODULES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_built_in_curriculum_passes_when_answered_correctly(
    probe: Any, server: str, repo_built: Any, fmt: str, module_id: str
) -> None:
    s = session(probe, server, repo_built, fmt, module_id)
    s.launch()
    answer_all(s, repo_built.packages[module_id], correct=True)
    s.submit()
    assert s.frame.locator("[data-result]").get_attribute("data-result") == "passed"
    assert s.frame.locator("[data-result]").get_attribute("data-score") == "100"
    s.leave()
    status = "cmi.core.lesson_status" if fmt == "scorm12" else "cmi.success_status"
    assert s.cmi()[status] == "passed"
    no_script_ran(s, probe)
