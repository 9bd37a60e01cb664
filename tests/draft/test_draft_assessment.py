"""The document's own assessment is not content (``assessment.py``).

Sentences of our own: the rules by which a paper is sat and marked are held as not worth
asking, whatever their figure; rules of the work that share a word with them are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp
from curriculum.draft.analysis import analyse
from curriculum.draft.assessment import assessed
from curriculum.draft.choosing import choose
from curriculum.draft.pipeline import rules_for
from curriculum.draft.reading import read_source
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Sex offender management",
                               "keywords": ["sex offender", "register"]}]}
).themes


@pytest.mark.parametrize(("sentence", "word"), [
    ("Candidates who fail the written paper may sit it again within 30 days.", "Candidates"),
    ("Late submissions lose 3 marks per working day, up to a maximum of 15.", "marks"),
    ("The pass mark for the register module is 70 per cent.", "mark"),
    ("Markers deduct no marks for handwriting.", "marks"),
    ("A viva must be held within 10 days of the results.", "viva"),
])
def test_the_assessments_own_rules_are_found(sentence: str, word: str) -> None:
    assert assessed(nlp.parse([sentence])[0]) == word


@pytest.mark.parametrize("sentence", [
    "Officers must photograph any bite marks on the child within 24 hours.",
    "The forensic examiner must verify the copy of the device within 2 hours.",
    "A registered sex offender must notify the register of any new address within 3 days.",
    # a post's candidates (blind review 11a, R4): a job description's rule for the post holder
    "Before taking up the post, candidates must pass a medical and attend screening every 6 months",
])
def test_rules_of_the_work_are_not(sentence: str) -> None:
    assert assessed(nlp.parse([sentence])[0]) == ""


def test_a_marking_rule_is_held_below_the_threshold(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(
        "REGISTER MODULE PAPER\n\n"
        "Candidates who score between 50 and 55 may ask for a viva within 14 days of the "
        "results.\n\n"
        "A registered sex offender must notify the register of any new address within 3 "
        "days.\n", "utf-8")
    analysis = analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))
    chosen, below = choose(rules_for(analysis, ThemeMatcher(THEMES)))
    viva = [q for q in chosen + below if "viva" in q.prompt]
    assert viva and all(q.score < THRESHOLD for q in viva)
    assert all(any(r.startswith("not worth asking: the document's own assessment")
                   for r in q.reasons) for q in viva)
    assert any("new address" in q.prompt for q in chosen)
