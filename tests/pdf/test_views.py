"""The session plan arithmetic and the printed quiz views (no rendering: fast)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from curriculum.models import Module
from curriculum.pdf.plan import session_plan
from curriculum.pdf.questions import neutral_order, printed


def module(section_minutes: list[int | None], activity: int | None, quiz: int | None,
           duration: int) -> Module:
    sections: list[dict[str, Any]] = [
        {"id": f"s{i}", "title": f"Section {i}", "body": "Text.",
         **({"minutes": m} if m is not None else {})}
        for i, m in enumerate(section_minutes)
    ]
    if activity is not None:
        sections[0]["activity"] = {"title": "Act", "minutes": activity, "instructions": "Do."}
    data: dict[str, Any] = {
        "id": "m", "title": "M", "theme": "t", "duration": duration, "level": "foundation",
        "audience": ["all"], "objectives": [{"id": "o", "text": "Explain."}],
        "sections": sections,
        "quiz": {"pass_mark": 50, **({"minutes": quiz} if quiz else {}), "questions": [
            {"id": "q", "type": "true_false", "prompt": "P?", "answer": True}]},
    }
    return Module.model_validate(data)


def test_a_plan_that_adds_up() -> None:
    plan = session_plan(module([20, 10], 15, 15, 60))
    assert plan.ok and plan.planned == 60
    assert [r.kind for r in plan.rows] == ["section", "activity", "section", "quiz"]
    assert [r.start for r in plan.rows] == ["0:00", "0:20", "0:35", "0:45"]
    assert plan.messages == ("The plan adds up to the module's duration of 60 minutes.",)


@pytest.mark.parametrize(("minutes", "quiz", "duration", "status", "message"), [
    ([30, 30], 15, 60, "over", "75 minutes: 15 minutes more than"),
    ([10, 10], 10, 60, "under", "30 minutes: 30 minutes less than"),
    ([10, None], 10, 60, "incomplete", "1 row has no minutes"),
    ([10, 10], None, 60, "incomplete", "20 minutes are planned so far"),
    ([50, None], 20, 60, "over", "70 minutes: 10 minutes more than"),
])
def test_plans_that_do_not_add_up_say_so(
    minutes: list[int | None], quiz: int | None, duration: int, status: str, message: str
) -> None:
    plan = session_plan(module(minutes, None, quiz, duration))
    assert plan.status == status and not plan.ok
    assert any(message in text for text in plan.messages), plan.messages


def test_start_times_stop_at_the_first_missing_row() -> None:
    plan = session_plan(module([10, None, 5], None, 5, 60))
    assert [r.start for r in plan.rows] == ["0:00", "0:10", None, None]


@given(st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=9, unique=True),
       st.text(max_size=10))
def test_neutral_order_is_stable_and_never_the_authored_order(texts: list[str], key: str) -> None:
    order = neutral_order(key, texts)
    assert sorted(order) == list(range(len(texts)))
    assert order != list(range(len(texts)))
    assert order == neutral_order(key, texts)


def test_printed_questions_carry_no_answer_fields() -> None:
    quiz = module([10], None, 5, 15).quiz
    assert quiz is not None
    sheet = printed(quiz.questions[0], 1, "m/q")
    assert [c.text for c in sheet.options] == ["True", "False"]
    assert not any(hasattr(sheet, name) for name in ("answer", "explanation", "feedback",
                                                      "model_answer", "answers", "correct"))


def test_an_apostrophe_inside_a_word_is_one_in_every_language() -> None:
    from curriculum.pdf.typography import smart_quotes

    french = "\u00ab\u00bb\u201c\u201d"
    assert smart_quotes("Retrouver l'enfant", french) == "Retrouver l\u2019enfant"
    assert smart_quotes("don't 'quote'", "\u201c\u201d\u2018\u2019") == (
        "don\u2019t \u2018quote\u2019")
