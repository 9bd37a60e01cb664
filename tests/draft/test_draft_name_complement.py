# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, stems that point back (blind review 18, held-out training report: "In 2023 the
programme trained 486 ...", X 4, "the programme" never named): a body or an undertaking
named by its kind's word and what it is of, on or for ("Regional Programme on Investigating
Online Child Exploitation") names "the programme" of a later sentence, complement included
(``referents.earlier_name``); a kind's word inside a treaty's name ("Council of Europe
Convention on Cybercrime") names no council. Each on a short text of our own, with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import candidates, one

from curriculum.draft.referents import earlier_name
from curriculum.draft.themes import ThemeMatcher


def test_the_programme_is_named_by_its_name_with_its_complement(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Regional Programme on Investigating Online Child Exploitation\n\n"
        "The programme trains police officers and prosecutors from five countries.\n\n"
        "Officers trained by the programme sent 37 requests for expedited preservation of data to other countries in 2023.\n"
    )
    questions = candidates(tmp_path, text, matcher)
    q = one(questions, "Officers trained by the Regional Programme on Investigating Online Child Exploitation sent ____ requests for expedited preservation of data to other countries in 2023.")
    assert not any('points back: "the programme"' in r for r in q.reasons)


def test_a_name_with_its_complement_and_a_treaty_of_a_body() -> None:
    bureau = "Reports go to the National Bureau for Child Protection in Calder. The bureau "
    assert earlier_name(bureau, len(bureau), ["bureau"]) == (
        "National Bureau for Child Protection in Calder", 27, True)
    dated = "The Harbour Unit on Monday took over. The unit "
    assert earlier_name(dated, len(dated), ["unit"]) is None  # a date is no complement
    report = "The Government welcomes the Standing Committee on Justice and Public Safety's report. The committee "
    assert earlier_name(report, len(report), ["committee"]) == (
        "Standing Committee on Justice and Public Safety", 37, True)
    owned = "UNODC's Global Report on Trafficking in Persons found that children made up a third. The report "
    assert earlier_name(owned, len(owned), ["report"]) == (
        "UNODC's Global Report on Trafficking in Persons", 15, False)
    treaty = "Caldera has ratified the Council of Europe Convention on Cybercrime. The council "
    assert earlier_name(treaty, len(treaty), ["council"]) is None
