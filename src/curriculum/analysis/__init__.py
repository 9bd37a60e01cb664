"""Item analysis of a delivered quiz: ``curriculum analyse RESULTS``.

Read the results (``reading``), find the module whose quiz they belong to, grade each
response with the packages' rules (``grading``, on the same assessment items the JSON
package is built from), compute the figures (``items``, ``statistics``) and write the
report (``report``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from curriculum.analysis import statistics as st
from curriculum.analysis.grading import GradableItem, Graded, grade
from curriculum.analysis.items import Choice, ItemStats, item_stats
from curriculum.analysis.reading import Results, read_results
from curriculum.analysis.records import read_back
from curriculum.diagnostics import error
from curriculum.errors import ContentError, UsageError
from curriculum.loader import LoadedModule
from curriculum.package_items import assessment_for
from curriculum.package_models import AssessmentItem, ChoiceItem, ShortAnswerItem, TrueFalseItem


@dataclass(frozen=True)
class Reliability:
    """Internal consistency of the whole quiz."""

    items: int
    learners: int
    kr20: float | None
    alpha: float | None
    mean: float
    sd: float
    note: str


@dataclass(frozen=True)
class Analysis:
    """The whole analysis, ready to print or write."""

    module: str
    title: str
    source: str
    layout: str
    learners: int
    items: tuple[ItemStats, ...]
    not_scored: tuple[str, ...]
    reliability: Reliability
    disagreements: int
    """Records whose LMS ``result`` disagrees with the packages' grading."""
    absent: tuple[str, ...] = ()
    """Questions of the quiz that appear nowhere in the results (not analysed)."""


def analyse(start: Path, results_path: Path, module_id: str | None = None,
            key_path: Path | None = None) -> Analysis:
    """Analyse ``results_path`` against the quiz of the project around ``start``.

    With ``key_path`` (a ``forms.json``), the results are ticked answer sheets of those
    forms, and the questions of every module on the forms are analysed together.
    """
    from curriculum.validation import validate_project

    if key_path is not None:
        from curriculum.analysis.sheets import read_key, read_sheets

        key = read_key(key_path)
        results = read_sheets(results_path, key)
    else:
        results = read_results(results_path)
    report = validate_project(start)
    if not report.ok:
        raise ContentError("the project has errors; fix them before analysing results",
                           report.errors)
    if key_path is not None:
        return _analyse_forms(report.project.modules, key.modules, results)
    loaded = _module_for(report.project.modules, results, module_id)
    return _analyse(loaded, _read_back(loaded, results))


def _module_for(modules: list[LoadedModule], results: Results,
                module_id: str | None) -> LoadedModule:
    with_quiz = [m for m in modules if m.module.quiz is not None]
    if module_id is not None:
        for loaded in with_quiz:
            if loaded.module.id == module_id:
                _check_ids(loaded, _read_back(loaded, results))
                return loaded
        known = ", ".join(m.module.id for m in with_quiz)
        raise UsageError(f'no module "{module_id}" with a quiz; modules with quizzes: {known}')
    wanted = {m.module.id: set(_read_back(m, results).question_ids) for m in with_quiz}
    fits = [m for m in with_quiz if wanted[m.module.id] <= _question_ids(m)]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        best = max(with_quiz, key=lambda m: len(wanted[m.module.id] & _question_ids(m)),
                   default=None)
        if best is None:
            raise UsageError("no module of this project has a quiz")
        _check_ids(best, _read_back(best, results))
    names = ", ".join(m.module.id for m in fits)
    raise UsageError(f"these question ids fit the quizzes of several modules ({names}); "
                     "name one with --module")


def _question_ids(loaded: LoadedModule) -> set[str]:
    quiz = loaded.module.quiz
    return {q.id for q in quiz.questions} if quiz is not None else set()


def _read_back(loaded: LoadedModule, results: Results) -> Results:
    """Results with SCORM record ids and option codes read back into the module's ids."""
    assessment = assessment_for(loaded)
    return read_back(results, assessment.items) if assessment is not None else results


def _check_ids(loaded: LoadedModule, results: Results) -> None:
    """Every question id in the results is a question of the module's quiz."""
    assert loaded.module.quiz is not None
    known = [q.id for q in loaded.module.quiz.questions]
    problems = []
    for qid, where in results.question_ids.items():
        if qid not in known:
            close = difflib.get_close_matches(qid, known, n=1, cutoff=0.6)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            message = f'"{qid}" is not a question of module "{loaded.module.id}"{hint}'
            problems.append(error(message, where, "results-unknown-question"))
    if problems:
        raise ContentError("the results do not match the quiz", problems)


def _analyse(loaded: LoadedModule, results: Results) -> Analysis:
    assessment = assessment_for(loaded)
    quiz = loaded.module.quiz
    assert assessment is not None and quiz is not None
    items = [(i.identifier, i) for i in assessment.items]
    return _analyse_items(f"{quiz.title}: {loaded.module.title}", loaded.module.id, items,
                          results, quiz.draw is not None)


def _analyse_forms(modules: list[LoadedModule], wanted: tuple[str, ...],
                   results: Results) -> Analysis:
    """The questions of every module on the forms, keyed ``module/question``."""
    known = {m.module.id: m for m in modules}
    missing = [m for m in wanted if m not in known]
    if missing:
        raise UsageError(f"the forms key names modules this project does not have: "
                         f"{', '.join(missing)}")
    items = []
    for module_id in wanted:
        assessment = assessment_for(known[module_id])
        assert assessment is not None
        items += [(f"{module_id}/{i.identifier}", i) for i in assessment.items
                  if f"{module_id}/{i.identifier}" in results.question_ids]
    titles = "; ".join(known[m].module.title for m in wanted)
    return _analyse_items(f"Exam forms: {titles}", ", ".join(wanted), items, results, True)


def _analyse_items(title: str, label: str, items: list[tuple[str, AssessmentItem]],
                   results: Results, drawn: bool) -> Analysis:
    """Grade every response and compute the figures; ``drawn``: a missing answer means the
    question was not presented (a drawn quiz, or forms with different questions)."""
    absent = tuple(k for k, _ in items if k not in results.question_ids)
    items = [(k, i) for k, i in items if k in results.question_ids]
    gradable = [(k, i) for k, i in items if not isinstance(i, ShortAnswerItem)]
    graded = {k: [_graded(k, item, results, learner, drawn) for learner in results.learners]
              for k, item in gradable}
    totals = [sum(item.points for k, item in gradable
                  if (g := graded[k][n]) is not None and g.correct)
              for n in range(len(results.learners))]
    stats = tuple(item_stats(_meta(k, item), _choices(item), graded[k], totals)
                  for k, item in gradable)
    return Analysis(
        module=label,
        title=title,
        source=str(results.path),
        layout=results.layout,
        learners=len(results.learners),
        items=stats,
        not_scored=tuple(k for k, i in items if isinstance(i, ShortAnswerItem)),
        reliability=_reliability(gradable, graded, len(results.learners)),
        disagreements=_disagreements(results, graded, gradable),
        absent=absent,
    )


def _graded(key: str, item: GradableItem, results: Results, learner: str,
            drawn: bool) -> Graded | None:
    raw = results.answers[learner].get(key)
    if raw is None or not raw.strip():
        return None if drawn else grade(item, "")  # not presented (draw), else omitted
    return grade(item, raw)


def plain_text(html: str) -> str:
    """Text of an HTML fragment, tags dropped and entities decoded (for reports)."""
    return Markup(html).striptags()


def _meta(key: str, item: GradableItem) -> tuple[str, str, int, str]:
    return key, item.type, item.points, plain_text(item.prompt_html)


def _choices(item: GradableItem) -> tuple[Choice, ...]:
    if isinstance(item, ChoiceItem):
        right = set(item.correct_response)
        return tuple(Choice(c.identifier, plain_text(c.html), c.identifier in right)
                     for c in item.choices)
    if isinstance(item, TrueFalseItem):
        answer = item.correct_response[0]
        return (Choice("true", "True", answer), Choice("false", "False", not answer))
    return ()


def _reliability(gradable: list[tuple[str, GradableItem]],
                 graded: dict[str, list[Graded | None]], learners: int) -> Reliability:
    complete = [(k, item) for k, item in gradable if all(g is not None for g in graded[k])]
    rows = [[int(graded[k][n].correct) for k, _ in complete]  # type: ignore[union-attr]
            for n in range(learners)]
    points = [[i.points * r for (_, i), r in zip(complete, row, strict=True)] for row in rows]
    totals = [float(sum(row)) for row in points]
    note = ""
    if len(complete) < len(gradable):
        note = (f"{len(gradable) - len(complete)} questions were not presented to every "
                "learner (draw, or different forms) and are left out of the reliability")
    return Reliability(len(complete), learners, st.kr20(rows) if complete else None,
                       st.cronbach_alpha(points) if complete else None,
                       st.mean(totals), st.variance(totals) ** 0.5, note)


def _disagreements(results: Results, graded: dict[str, list[Graded | None]],
                   gradable: list[tuple[str, GradableItem]]) -> int:
    count = 0
    for n, learner in enumerate(results.learners):
        for key, _ in gradable:
            recorded = results.recorded.get((learner, key))
            mine = graded[key][n]
            if recorded in ("correct", "wrong", "incorrect") and mine is not None and (
                    (recorded == "correct") != mine.correct):
                count += 1
    return count
