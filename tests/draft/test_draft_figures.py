# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the value of figures: a shared system's reach is operational, not the size of
a body; tokens that are not counts ("24/7", telephone numbers) give no question. Each class
on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.dates import reference_period
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.draft.truth import balance


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    """Chosen as for one theme's module: the threshold, one per sentence, the balance."""
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    candidates = sentence_rules(analysis, matcher) + list_rules(analysis)
    kept, below = choose(candidates)
    kept, swapped = balance(kept, candidates)
    return kept, [q for q in below if all(q is not k for k in kept)] + swapped


def fatal(q: DraftQuestion) -> list[str]:
    return [r for r in q.reasons if r.startswith("fatal")]


def key(q: DraftQuestion) -> object:
    if q.qtype == "true_false":
        return q.truth
    return q.answers or [t for t, ok in q.options if ok]


# --- a shared system's reach ------------------------------------------------------------


def test_countries_connected_to_a_database_are_its_reach_not_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "In November 2024 the Coastal Bureau reported that 41 countries were connected to the Coastal Image Database.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "In November 2024 the Coastal Bureau reported that ____ countries were connected to the Coastal Image Database.", ["41"]),
    ]
    assert kept[0].reasons[0] == '+0.00 operational reach: a count of "country" connected to a shared system'
    # its true statement is the same sentence's sibling, not trivia
    assert [(q.rule, q.reasons[-1].endswith("asks about the same sentence and ranks higher")) for q in below] == [
        ("true-statement", True),
    ]
    assert not [r for q in below for r in q.reasons if "trivia" in r]


def test_a_present_reach_figure_is_dated_by_the_document(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("Title: Coastal cooperation bulletin\nDate: 12 May 2025\n---\n\n"
            "64 member countries have access to the Coastal Image Database.\n")
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), q.as_of) for q in kept] == [
        ("count", "As of May 2025, ____ member countries have access to the Coastal Image Database.", ["64"], "2025-05-12"),
    ]


def test_an_undated_reach_figure_is_held_even_when_a_source_reports_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The Coastal Bureau reported that 68 countries were connected to the Coastal Image Database.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    count = next(q for q in below if q.rule == "count")
    assert count.reasons[-1] == 'not worth asking: a count of "countries" connected to a system, with no date: as of when?'


def test_a_reach_whose_stem_does_not_say_which_system_stays_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # the clause after the semicolon is asked alone: "connected" to what?
    text = "In March 2024 the Coastal Bureau announced that 9,000 victims had been identified with the Coastal Image Database; 49 countries were connected.\n"
    _, below = drafted(tmp_path, text, matcher)
    count = next(q for q in below if q.rule == "count" and key(q) == ["49"])
    assert count.prompt == "____ countries were connected."
    assert '-0.35 trivia: a count of "country" (the size of an event or body)' in count.reasons


def test_countries_at_a_meeting_or_in_an_operation_stay_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "In June 2024 the Coastal Bureau hosted 180 delegates from 41 countries.\n\n"
        "Officers from 12 countries joined the joint operation in May 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    countries = [q for q in below if q.rule == "count" and key(q) in (["41"], ["12"])]
    assert [key(q) for q in countries] == [["41"], ["12"]]
    assert all('-0.35 trivia: a count of "country" (the size of an event or body)' in q.reasons for q in countries)


# --- tokens that are not counts ---------------------------------------------------------


def test_round_the_clock_and_network_names_are_no_counts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Coastal Bureau runs a 24/7 contact point for urgent preservation requests.\n\n"
        "Certified users reach the image database through the bureau's secure K-24/7 network.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert all(fatal(q) == ["fatal: the answer is not a whole word"] for q in below if q.rule == "count")
    assert [(q.rule, [r for r in q.reasons if "not worth" in r]) for q in below if q.rule != "count"] == [
        ("true-statement", ['not worth asking: its only number is half of a token ("24/7", a name\'s "K-9/5"), not a figure: nothing here is worth a true/false item']),
        ("true-statement", ['not worth asking: its only number is half of a token ("24/7", a name\'s "K-9/5"), not a figure: nothing here is worth a true/false item']),
    ]


def test_a_telephone_number_is_no_count_whatever_the_verb(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Consult the night supervisor on 0412 880 391 before you seize a device.\n\n"
        "Families can reach the support line on +44 20 7946 0318 at any time.\n\n"
        "Officers speak to the control room on 101 before entering the premises.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == [] and below == []


def test_a_count_after_on_still_counts_its_noun(tmp_path: Path, matcher: ThemeMatcher) -> None:
    # "on 12 occasions": the number counts the occasions; it is no number to call
    text = "In 2024 officers of the Coastal Bureau arrested suspects on 12 occasions after online referrals.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert "12" in [a for q in kept + below if q.rule == "count" for a in key(q)]  # type: ignore[union-attr]


# --- official statistics ----------------------------------------------------------------

BULLETIN_HEAD = (
    "EASTVALE POLICE STATISTICS\n"
    "Statistical Bulletin 03/25\n\n"
    "RECORDED OFFENCES AGAINST CHILDREN\n"
    "Year ending 31 March 2025\n\n"
    "Release date: 20 June 2025\n\n"
    "MAIN POINTS\n\n"
)


def test_recorded_offences_in_a_stated_period_are_a_statistic_not_a_workload(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = BULLETIN_HEAD + "Police in Eastvale recorded 8,410 sexual offences against children in the year ending 31 March 2025, 4% more than the year before.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "Police in Eastvale recorded ____ sexual offences against children in the year ending 31 March 2025, 4% more than the year before.", ["8,410"]),
    ]


def test_recorded_offences_with_no_period_stay_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "The Eastvale unit recorded 1,200 sexual offences against children, most of them online.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    count = next(q for q in below if q.rule == "count")
    assert 'not worth asking: a count of "offences" with no date or period: when was it so?' in count.reasons


def test_a_share_of_offences_is_dated_by_the_reports_period(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = BULLETIN_HEAD + "27% of offences were reported more than six months after they took place.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("true-statement", "In the year ending 31 March 2025, 27% of offences were reported more than six months after they took place.", True),
    ]
    assert kept[0].stem_rule.endswith("dated by the report's period (its head)")


def test_without_a_period_in_its_head_a_share_stays_undated_and_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Eastvale statistics\n\n27% of offences were reported more than six months after they took place.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    assert [r for q in below for r in q.reasons if "not worth" in r] == [
        "-0.45 not worth a true/false item: a past event with no date: one body's or one case's history, not a standing fact",
    ]


@pytest.mark.parametrize(("head", "period"), [
    ("Annual Report 2023/24\nNorthbay Hotline\n", "In 2023/24"),
    ("Hotline annual report for 2024\n", "In 2024"),
    ("Reporting period: 1 April 2023 to 31 March 2024\n", "Between 1 April 2023 and 31 March 2024"),
    ("Policy on referrals\nValid from 1 April 2024 to 31 March 2026\n", ""),
    ("Course handbook\nAcademic year 2026-27\n", ""),
    ("Minutes\nMeeting held on 4 March 2025\n", ""),
    ("Northbay Police\nChild Protection Strategy 2025/26\n", ""),
    ("Unit work plan for 2025/26\n", ""),
])
def test_the_period_a_report_covers_is_read_from_its_head(head: str, period: str) -> None:
    text = head + "\nThe hotline removed most of the reported material within two days of the first report.\n"
    assert reference_period(text) == period


def test_a_period_below_the_first_paragraph_is_not_the_reports(tmp_path: Path) -> None:
    text = ("Northbay Hotline\n\nThe hotline works with the police and with providers to remove material quickly and safely.\n\n"
            "Annual report 2019\n")
    assert reference_period(text) == ""


# --- contact details, thanks, and limits mistaken for trivia ---------------------------


def test_a_phone_lines_hours_in_brackets_are_no_time_limit(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Report any concern about an injured infant to the safeguarding hub on 0100 555 0123 (24 hours).\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == [] and below == []


def test_thanks_are_never_content_whatever_their_form(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Our thanks go to the volunteers of the Witness Service, who gave 3,200 hours of their time to child witnesses in 2024.\n\n"
        "The Coastal Partnership warmly thanks the volunteers of its Witness Service, who gave 2,900 hours of their time in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert kept == []
    counts = {key(q)[0]: q.reasons for q in below if q.rule == "count"}  # type: ignore[index]
    assert '-0.35 trivia: thanks ("our thanks go to ..."), not content' in counts["3,200"]
    assert '-0.35 trivia: staff news ("thank" a person: thanks, a welcome, a farewell), not content' in counts["2,900"]


def test_a_visit_within_days_is_a_limit_not_what_a_review_looked_at(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "NEW CASE STEPS\n\n"
        "1. Open the case on the force system on the day of allocation. Tell the supervisor if the record is missing.\n\n"
        "2. Carry out the first home visit within 12 working days of allocation. Two officers attend the first visit.\n\n"
        "3. Complete the risk review within 25 working days of allocation. Use the approved tool for adult male offenders.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    visit = [q for q in kept + below if "home visit" in q.prompt]
    statement = next(q for q in below if q.rule == "true-statement" and "home visit" in q.prompt)
    # an instruction is no true/false statement (claims.py; blind review 19, b4 and a5)
    assert any("an instruction, advice or an appeal" in r for r in statement.reasons)
    assert not [r for q in visit for r in q.reasons if "review itself looked at" in r]


def test_how_long_an_order_lasts_is_a_legal_limit_not_a_studys_length(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "A Sexual Harm Prevention Order may last for a fixed period of at least 5 years or until further order.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert not [r for q in kept + below for r in q.reasons if "how long a study or an event ran" in r]


def test_a_numbered_section_of_a_law_is_no_part_of_the_document(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Section 42 makes it an offence for an adult to travel to meet a child under 16 after online sexual communication.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert not [r for q in kept + below for r in q.reasons if "describes the document itself" in r]
    other = tmp_path / "b"
    other.mkdir()
    text = "Section 4 shows the number of online offences recorded by each police force in 2024.\n"
    kept, below = drafted(other, text, matcher)
    assert any("describes the document itself" in r for q in below for r in q.reasons)


def test_a_plain_text_checklist_is_a_list_not_one_long_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "CHECKLIST (for every new case)\n"
        "[ ] Records checked within 1 working day\n"
        "[ ] First home visit (two officers) within 12 working days\n"
        "[x] Supervisor sign-off\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if "[ ]" in q.prompt or "[x]" in q.prompt]


def test_a_statistic_dated_by_the_period_names_its_publisher(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "---\ntitle: Recorded offences against children, year ending 31 March 2025\n"
        "publisher: Eastvale Police Statistics Office\ndate: 2025-06-20\n---\n\n"
        "# Recorded offences against children\n\nYear ending 31 March 2025\n\n## Main points\n\n"
        "27% of offences were reported more than six months after they took place.\n"
    )
    path = tmp_path / "bulletin.md"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    kept, _ = choose(sentence_rules(analysis, matcher))
    assert [(q.rule, q.prompt) for q in kept] == [
        ("true-statement", "According to the Eastvale Police Statistics Office, in the year ending 31 March 2025, 27% of offences were reported more than six months after they took place."),
    ]
