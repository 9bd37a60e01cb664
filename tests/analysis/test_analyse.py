"""``curriculum analyse`` on synthetic results whose figures are known by construction.

Ten learners answer four one-point questions in a Guttman pattern: learner k (k = 0..9)
scores k // 2, answering the easiest k // 2 questions right (host-city, then
annual-meeting, day-count, meeting-topics). So the proportions correct are 0.8, 0.6, 0.4,
0.2; the totals are 0,0,1,1,2,2,3,3,4,4 (mean 2, population variance 2); sum p*q = 0.8 and
KR-20 = 4/3 * (1 - 0.8 / 2) = 0.8 exactly. Wrong answers are chosen so that every
response notation is graded (1.2 and 2004 lists, a decimal comma, a tolerance).
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

from typer.testing import CliRunner

from curriculum.cli import app

RIGHT = {
    "host-city": ["a"],
    "annual-meeting": ["t", "true"],
    "day-count": ["10", "9", "11,0", "10.5"],
    "meeting-topics": ["a,c", "c[,]a"],
}
WRONG = {
    "host-city": ["b"],
    "annual-meeting": ["f", "false"],
    "day-count": ["12", "8.9", "8"],
    "meeting-topics": ["a", "a,b,c"],
}
ORDER = ["host-city", "annual-meeting", "day-count", "meeting-topics"]


def responses() -> list[tuple[str, dict[str, str]]]:
    """Learner k answers the first k // 2 questions right and the rest wrong."""
    rows = []
    for k in range(10):
        score = k // 2
        answers = {}
        for j, qid in enumerate(ORDER):
            pool = RIGHT[qid] if j < score else WRONG[qid]
            answers[qid] = pool[k % len(pool)]
        answers["reflection"] = "Better triage of new series"
        rows.append((f"learner-{k:02d}", answers))
    return rows


def write_wide(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", *ORDER, "reflection"])
        for learner, answers in responses():
            writer.writerow([learner, *(answers[q] for q in [*ORDER, "reflection"])])


def write_interactions(path: Path, wrong_results: int = 0) -> None:
    """An LMS-style export: one row per interaction, SCORM 2004 column names."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Learner", "Interaction ID", "Type", "Learner Response", "Result"])
        flipped = 0
        for learner, answers in responses():
            for qid, answer in answers.items():
                right = answer in RIGHT.get(qid, [])
                if flipped < wrong_results and right:
                    right, flipped = False, flipped + 1
                result = "neutral" if qid == "reflection" else (
                    "correct" if right else "incorrect")
                writer.writerow([learner, qid, "choice", answer, result])


def run(*args: str) -> tuple[str, int]:
    result = CliRunner().invoke(app, ["analyse", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.output, result.exit_code


def figures(project: Path) -> dict[str, dict[str, object]]:
    data = json.loads((project / "out" / "item-analysis.json").read_text("utf-8"))
    return {item["id"]: item for item in data["items"]} | {"_": data}


def test_figures_by_construction(project: Path) -> None:
    write_wide(project / "results.csv")
    output, code = run("results.csv", "--out", "out")
    assert code == 0, output
    items = figures(project)
    data = items.pop("_")
    assert [items[q]["difficulty"] for q in ORDER] == [0.8, 0.6, 0.4, 0.2]
    assert data["reliability"]["kr20"] == 0.8
    assert data["reliability"]["alpha"] == 0.8
    assert data["reliability"]["mean"] == 2.0
    assert data["reliability"]["sd"] == round(math.sqrt(2), 4)
    # host-city against the rest score 0,0,0,0,1,1,2,2,3,3: sxy 2.4, sxx 1.6, syy 13.6
    assert items["host-city"]["point_biserial"] == round(2.4 / math.sqrt(1.6 * 13.6), 4)
    # upper 27% = 3 learners (totals 4,4,3), lower 3 (totals 1,0,0)
    assert [items[q]["upper_lower"] for q in ORDER] == [round(2 / 3, 4), 1.0, 1.0,
                                                        round(2 / 3, 4)]
    assert data["not_scored"] == ["reflection"]
    assert data["learners"] == 10


def test_distractor_counts_and_flags(project: Path) -> None:
    write_wide(project / "results.csv")
    run("results.csv", "--out", "out")
    items = figures(project)
    host = {o["id"]: o["chosen"] for o in items["host-city"]["options"]}
    assert host == {"a": 8, "b": 2, "c": 0, "d": 0}
    assert items["host-city"]["flags"] == ["distractor c was chosen by nobody",
                                           "distractor d was chosen by nobody"]
    topics = {o["id"]: o["chosen"] for o in items["meeting-topics"]["options"]}
    assert topics == {"a": 10, "b": 4, "c": 6}
    tf = {o["id"]: o["chosen"] for o in items["annual-meeting"]["options"]}
    assert tf == {"true": 6, "false": 4}


def test_interaction_records_give_the_same_figures(project: Path) -> None:
    write_wide(project / "wide.csv")
    run("wide.csv", "--out", "out")
    wide = figures(project)
    write_interactions(project / "lms.csv", wrong_results=3)
    output, code = run("lms.csv", "--out", "out")
    assert code == 0, output
    long = figures(project)
    for qid in ORDER:
        assert long[qid]["difficulty"] == wide[qid]["difficulty"]
        assert long[qid]["point_biserial"] == wide[qid]["point_biserial"]
    assert long["_"]["layout"] == "interactions"
    assert long["_"]["disagreements"] == 3
    assert "3 recorded results disagree" in output


def test_cli_prints_the_table_and_writes_a_readable_report(project: Path) -> None:
    write_wide(project / "results.csv")
    output, _ = run("results.csv", "--out", "out")
    assert "KR-20 0.800, Cronbach's alpha 0.800 (4 questions, 10 learners)" in output
    assert "host-city" in output and "0.80" in output
    html = (project / "out" / "item-analysis.html").read_text("utf-8")
    assert "<svg" in html and "<script" not in html
    assert "0.800" in html and "learner-00" not in html


def test_a_flagged_negative_item(project: Path) -> None:
    """Five learners; annual-meeting is right only for the two weakest."""
    rows = [("p1", "a", "f", "10", "a,c"), ("p2", "a", "f", "10", "a,c"),
            ("p3", "a", "f", "10", "a"), ("p4", "a", "t", "3", "a"), ("p5", "b", "t", "3", "a")]
    with (project / "r.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", *ORDER])
        writer.writerows(rows)
    run("r.csv", "--out", "out")
    items = figures(project)
    # item (0,0,0,1,1) against rest scores (3,3,2,1,0): sxy -2.6, sxx 1.2, syy 6.8
    assert items["annual-meeting"]["point_biserial"] == round(-2.6 / math.sqrt(1.2 * 6.8), 4)
    assert any(f.startswith("negative discrimination") for f in
               items["annual-meeting"]["flags"])
    assert items["meeting-topics"]["difficulty"] == 0.4
    assert items["host-city"]["difficulty"] == 0.8
    assert items["_"]["absent"] == ["reflection"]  # no column: not analysed, not scored 0


def test_too_easy_and_too_hard(project: Path) -> None:
    rows = [(f"p{n}", "a", "t" if n < 3 else "f", "10" if n % 2 else "2", "b")
            for n in range(6)]
    with (project / "r.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", *ORDER])
        writer.writerows(rows)
    run("r.csv", "--out", "out")
    items = figures(project)
    assert items["host-city"]["difficulty"] == 1.0
    assert items["host-city"]["point_biserial"] is None  # no variance: undefined
    assert items["host-city"]["flags"][0] == "too easy: 100% answered correctly (more than 90%)"
    assert items["meeting-topics"]["difficulty"] == 0.0
    assert items["meeting-topics"]["flags"][0] == (
        "too hard: 0% answered correctly (fewer than 20%); check the key")
    # annual-meeting (1,1,1,0,0,0) against rest (1,2,1,2,1,2): sxy -0.5, sxx 1.5, syy 1.5
    assert items["annual-meeting"]["difficulty"] == 0.5
    assert items["annual-meeting"]["point_biserial"] == round(-1 / 3, 4)
    assert items["annual-meeting"]["flags"] == [
        "negative discrimination: corrected point-biserial -0.33; stronger learners got it "
        "wrong more often"]
    # day-count (0,1,0,1,0,1) against rest (2,2,2,1,1,1): the mirror image, also -1/3
    assert items["day-count"]["point_biserial"] == round(-1 / 3, 4)


def test_unknown_question_is_located(project: Path) -> None:
    (project / "r.csv").write_text("learner,host-city,host-cty\nx,a,b\n", "utf-8")
    output, code = run("r.csv")
    assert code == 1
    assert ('r.csv:1:3: error: "host-cty" is not a question of module "meeting-basics"; '
            'did you mean "host-city"? [results-unknown-question]') in output
    assert not (project / "analysis").exists()


def test_bad_files_are_reported_without_traceback(project: Path) -> None:
    (project / "bad.csv").write_bytes(b"learner,host-city\nx,\xff\n")
    output, code = run("bad.csv")
    assert (code, "bad.csv:2:1: error: the results file is not UTF-8 text") == (
        1, output.splitlines()[0].split(" [")[0])
    output, code = run("missing.csv")
    assert code == 2 and "no such results file: missing.csv" in output
    (project / "ragged.csv").write_text("learner,host-city\nx,a,b\n", "utf-8")
    output, code = run("ragged.csv")
    assert code == 1 and "ragged.csv:2:1: error: this row has 3 cells but the header has 2" \
        in output


def test_records_of_the_scorm_player_read_back_latest_attempt_counting(project: Path) -> None:
    """Record ids as the SCORM player writes them (``<question>_a<attempt>``, \\w only):
    read back through the module's map; a learner's later attempt replaces the first."""
    write_wide(project / "wide.csv")
    run("wide.csv", "--out", "out")
    wide = figures(project)
    with (project / "lms.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Learner", "cmi.interactions.n.id", "cmi.interactions.n.student_response"])
        for learner, answers in responses():
            for qid, answer in answers.items():
                name = qid.replace("-", "_")
                writer.writerow([learner, f"{name}_a1", "b" if qid == "host-city" else answer])
                writer.writerow([learner, f"{name}_a2", answer])
    output, code = run("lms.csv", "--out", "out")
    assert code == 0, output
    long = figures(project)
    for qid in ORDER:
        assert long[qid]["difficulty"] == wide[qid]["difficulty"], qid
    assert long["_"]["learners"] == 10
