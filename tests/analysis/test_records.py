"""LMS records in the SCORM player's codes read back into the package's ids and graded.

The responses are exactly what tests/browser/test_browser_interactions.py sees the player
write for the module tests/browser/data/strict-ids.yaml (answered right), in both versions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from curriculum.analysis.grading import grade
from curriculum.analysis.reading import Results
from curriculum.analysis.records import read_back
from curriculum.diagnostics import SourceLocation
from curriculum.loader import load_project
from curriculum.package_items import assessment_for
from curriculum.package_models import AssessmentItem, ShortAnswerItem
from curriculum.scaffold import init_project

MODULE = Path(__file__).parents[1] / "browser" / "data" / "strict-ids.yaml"
WRITTEN = {
    "1.2": {"choose_size_a1": "a", "pick_columns_a1": "a,b", "register_statement_a1": "t",
            "name_chain_a1": "CUSTODY", "weigh_item_a1": "13.95", "count_bags_a1": "4",
            "match_columns_a1": "1.c,2.a,3.b", "order_entry_a1": "b,a,c"},
    "2004": {"choose_size_a1": "two_sixteen", "pick_columns_a1": "seal_number[,]seized_by",
             "register_statement_a1": "true", "name_chain_a1": "CUSTODY",
             "weigh_item_a1": "13.95", "count_bags_a1": "4",
             "match_columns_a1": "l1[.]r3[,]l2[.]r1[,]l3[.]r2", "order_entry_a1": "b[,]a[,]c"},
}


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> list[AssessmentItem]:
    root = tmp_path_factory.mktemp("records")
    init_project(root)
    shutil.copy(MODULE, root / "modules" / MODULE.name)
    project = load_project(root)
    loaded = next(m for m in project.modules if m.module.id == "strict-ids")
    assessment = assessment_for(loaded)
    assert assessment is not None
    return list(assessment.items)


def _results(records: dict[str, str]) -> Results:
    """One learner's records, as ``reading.read_results`` gives them."""
    results = Results(Path("lms.csv"), "interactions", ["learner-1"])
    results.answers["learner-1"] = dict(records)
    for line, record_id in enumerate(records, 2):
        results.question_ids[record_id] = SourceLocation(Path("lms.csv"), line, 2)
    return results


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_every_written_response_reads_back_and_grades_right(
    items: list[AssessmentItem], version: str
) -> None:
    results = _results(WRITTEN[version])
    back = read_back(results, items)
    by_id = {i.identifier: i for i in items if not isinstance(i, ShortAnswerItem)}
    assert set(back.answers["learner-1"]) == set(by_id)
    for qid, response in back.answers["learner-1"].items():
        assert grade(by_id[qid], response).correct, (qid, response)  # type: ignore[arg-type]
    assert back.answers["learner-1"]["choose-size"] == "two-sixteen"
    assert back.answers["learner-1"]["match-columns"] == "l1.r3,l2.r1,l3.r2"


def test_package_ids_pass_unchanged(items: list[AssessmentItem]) -> None:
    results = _results({"choose-size": "two-sixteen"})
    assert read_back(results, items) is results
