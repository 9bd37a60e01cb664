# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 26: layouts and sentences the twenty-third session's blind texts
showed the pipeline misreading, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import chosen, drafted_note, prompts

from curriculum.draft import nlp
from curriculum.draft.cleaning import clean
from curriculum.draft.jurisdiction import unplaced
from curriculum.draft.margins import margin_numbers
from curriculum.draft.pdf_panels import panels
from curriculum.draft.pdf_text import extract_pdf
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

TRANSCRIPT = """IN THE COUNTY COURT AT MERLOW                 Case No. C2025/0042
(a training transcript: court, parties and statute are invented)

                          SENTENCING HEARING
              Before HIS HONOUR JUDGE ALDO PRENTISS
                   Friday 6 June 2025, Court 2

Counsel for the prosecution was Ms Ines Carbery; for the defendant,
Mr Samuel Holt. Margin references are PAGE:LINE.

                                                            Page 2

 2:1   THE CLERK:  The court is in session.
 2:2   JUDGE:  Thank you. Before I pass sentence I must
 2:3   explain the notification requirements. A registered
 2:4   offender must notify the police of any intended travel
 2:5   abroad at least seven days before departure, and must
 2:6   give the dates and the addresses where he will stay.

                                                            Page 3

 3:1   Failing to notify without reasonable excuse is an
 3:2   offence in its own right.
 3:3   MR HOLT:  I am grateful, Your Honour.
 3:4   JUDGE:  Mr Holt, does your client understand?
 3:5   MR HOLT:  He does. He has had the written notice.
 3:6   JUDGE:  Then the requirements apply from today.
"""


def _turns(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "transcript.txt"
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    return [(b.speaker, " ".join(doc.display(b.start, b.end).split()))
            for b in clean(doc).blocks if b.speaker]


def test_a_transcripts_margin_numbers_and_page_breaks_leave_its_turns_whole(tmp_path: Path) -> None:
    """PAGE:LINE numbers in the margin are a locator: hidden, each speaker's turn reads as
    spoken, and a sentence cut by the page break ("Page 3") runs on over it."""
    assert _turns(tmp_path, TRANSCRIPT) == [
        ("THE CLERK", "The court is in session."),
        ("JUDGE", "Thank you. Before I pass sentence I must explain the notification requirements. A registered offender must notify the police of any intended travel abroad at least seven days before departure, and must give the dates and the addresses where he will stay. Failing to notify without reasonable excuse is an offence in its own right."),
        ("MR HOLT", "I am grateful, Your Honour."),
        ("JUDGE", "Mr Holt, does your client understand?"),
        ("MR HOLT", "He does. He has had the written notice."),
        ("JUDGE", "Then the requirements apply from today."),
    ]


def test_plain_line_numbers_are_a_margin_only_when_they_count_on_line_by_line() -> None:
    """A pleading's "1" to "6" down the margin is hidden; numbered paragraphs whose wrapped
    lines carry no number, and a short list of four, are left alone."""
    pleading = "".join(f"{n:>2}   line {n} of the pleading\n" for n in range(1, 7))
    assert [pleading[s:e].strip() for s, e in margin_numbers(pleading).numbers] == [str(n) for n in range(1, 7)]
    paragraphs = "".join(f"{n}   The {n}th point of the\n    submission, wrapped.\n" for n in range(1, 7))
    assert margin_numbers(paragraphs).numbers == []
    assert margin_numbers("".join(f"{n}   item\n" for n in range(1, 5))).numbers == []


def test_a_rule_spoken_in_a_numbered_transcript_is_asked_without_its_margin(tmp_path: Path) -> None:
    modules, _ = drafted_note(tmp_path, "transcript.txt", TRANSCRIPT)
    assert _prompts(modules) == [
        "A registered offender must notify the police of any intended travel abroad at least ____ days before departure, and must give the dates and the addresses where he will stay."]


def _prompts(modules: str) -> list[str]:
    """Every question's stem in drafted modules (``drafted_note``'s string of YAML files)."""
    docs = [yaml.safe_load("#" + part) for part in modules.split("# yaml-language-server")[1:]]
    return [" ".join(q["prompt"].split()) for d in docs for q in (d.get("quiz") or {}).get("questions", [])]


COLUMNS = Path(__file__).parent / "data" / "columns"


def test_a_folded_leaflets_panels_are_read_one_at_a_time() -> None:
    """Three panels on each side of a landscape sheet, each drawn as a box down the page
    (the last of the inside has none): each panel whole in turn, its table among its own
    lines, never rows run together across the folds."""
    path = COLUMNS / "leaflet.pdf"
    text = extract_pdf(path, path.read_bytes()).text
    order = [
        "## When a child is lost",
        "what to do. Stay with the child you find until a\nteam leader arrives, and never take the child\naway from the gate where you met.",
        "| A child found alone | Gate radio, channel 2 |",
        "Write down the time, the gate and what the child\nis wearing before you call.",
        "## After the fair",
        "The organiser keeps the forms for one year and\nthen destroys them.",
        "## Lost at the fair?",
        "## Meeting the parent",
        "## Calling the police",
        "If the child has not been found within twenty\nminutes of the first call, the team leader calls the\npolice and the gates are watched until officers\narrive.",
        "## Remember",
    ]
    at = [text.index(part) for part in order]
    assert at == sorted(at)


def test_boxes_that_overlap_or_a_lone_sidebar_are_no_panels() -> None:
    tall = {"top": 0.0, "bottom": 600.0}
    assert panels([{**tall, "x0": 0.0, "x1": 280.0}, {**tall, "x0": 280.0, "x1": 560.0}], 842.0, 600.0) == [(0.0, 280.0), (280.0, 560.0), (560.0, 842.0)]
    assert panels([{**tall, "x0": 0.0, "x1": 250.0}], 842.0, 600.0) == []
    assert panels([{**tall, "x0": 0.0, "x1": 400.0}, {**tall, "x0": 300.0, "x1": 700.0}], 842.0, 600.0) == []


REPORTED = """# Online extortion of children

Europol reported in 2017, drawing on data from a national reporting centre, that girls were targeted mainly to obtain more sexual material, while boys were far more often targeted for money.
"""


def test_a_finding_reported_after_a_phrase_in_commas_stays_with_its_reporting_verb(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The parser hangs the "that" clause on "reported" as a second verb; relabelled as
    what was reported, the stem is the finding, never "Europol reported in 2017."."""
    kept, below = chosen(tmp_path, REPORTED, matcher)
    assert prompts(kept) == ["Europol reported in 2017, drawing on data from a national reporting centre, that girls were targeted mainly to obtain more sexual material."]
    assert "Europol reported in 2017." not in prompts(below)


INVENTED = """# Travel notices

In 2025 the offender management unit received 1,146 travel notices and made 38 referrals to INTERPOL for a diffusion (fictional figures).
"""


def test_figures_the_sentence_itself_calls_invented_are_never_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, INVENTED, matcher)
    assert kept == []
    assert all("invented" in " ".join(q.reasons) for q in below if "(fictional figures)" in q.prompt), [q.reasons for q in below]
    without = INVENTED.replace(" (fictional figures)", "")
    assert prompts(chosen(tmp_path, without, matcher, "plain.md")[0]) != []


ORDER = """# Commencement order

The Minister of Justice, in exercise of the power in section 41(2) of the Children's Safety (Online Offences) Act 2025 (Act No. 19 of 2025), orders as follows.
"""


def test_an_orders_enacting_formula_introduces_what_follows_and_asserts_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, ORDER, matcher)
    assert kept == []
    assert any("introduces what follows" in " ".join(q.reasons) for q in below)


TABS = """# Travel notification by jurisdiction

## Measures

=== "United States"

    A federal law was signed on 8 February 2016.

    - Registrants must report intended international travel at least 21 days before departure.

=== "Australia"

    - Reportable offenders must report travel outside the country at least 7 days before they leave.
"""


def test_a_tab_title_heads_its_tab_and_names_the_jurisdiction_with_its_article(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """MkDocs' tabbed content ('=== "United States"') titles the text under it: a rule
    lifted from the tab says whose it is, "the" before a name that takes it."""
    kept, _ = chosen(tmp_path, TABS, matcher)
    assert "In the United States, registrants must report intended international travel at least ____ days before departure." in prompts(kept)
    assert not any('===' in p or '"United States"' in p for p in prompts(kept))


CUT_JOIN = """# Travel notices

The offender management unit assesses each travel notice within 5 working days and, where the risk warrants it, asks the National Central Bureau to send a diffusion to the destination country.
"""


def test_a_stem_never_stops_inside_a_coordination_whose_second_part_was_cut(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = chosen(tmp_path, CUT_JOIN, matcher)
    assert not any(p.endswith("where the risk warrants it.") for p in prompts(kept)), prompts(kept)


PORTAL = """# Meridale Law Enforcement Request Portal — API Reference

We review every emergency request within one hour, and we answer preservation requests within two working days.

The officer must send supporting legal process within 72 hours where their law requires it.
"""


def test_the_officer_a_text_has_in_view_is_not_renamed_as_the_authors_staff(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"The officer" who makes a request to a platform is not the platform's: no name goes
    in front of it ("The Meridale ... Portal officer")."""
    kept, _ = chosen(tmp_path, PORTAL, matcher)
    assert "The officer must send supporting legal process within ____ hours where their law requires it." in prompts(kept)


LATER = """# A note on online solicitation

Seventeen years later, a large share of the online grooming cases reaching prosecutors never involve a proposed meeting at all.
"""


def test_a_time_counted_from_one_the_stem_does_not_show_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, LATER, matcher)
    assert kept == []
    assert any('"years later" than what?' in " ".join(q.reasons) for q in below), [q.reasons for q in below]


REFERRED = """# Recognising child trafficking

A child who is recruited, transported or received for the purpose of exploitation is a victim of trafficking, and no means such as force or deception need be shown.

Unaccompanied children from abroad must be referred to the Independent Child Guardian Service.

A travelling child sex offender is a person who travels abroad to sexually abuse children.
"""


def test_where_a_group_must_be_referred_is_a_duty_not_a_definition_of_the_group(tmp_path: Path) -> None:
    """"X must be referred to the Service" is no "X refers to Y": the group is never
    blanked as a defined term among offender labels."""
    modules, _ = drafted_note(tmp_path, "trafficking.md", REFERRED)
    assert "____ must be referred to the Independent Child Guardian Service." not in _prompts(modules)
    assert "- text: Unaccompanied children from abroad\n" not in modules


STUDY = """# Why speed matters when a child is missing

In the Washington State Attorney General's study of child abduction murders (1997; over 600 cases), 74% of the children who were killed were dead within three hours of the abduction.
"""


def test_a_true_statement_reads_past_the_study_size_in_brackets_to_its_finding(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = chosen(tmp_path, STUDY, matcher)
    assert [q.rule for q in kept] == ["true-statement"], [(q.rule, q.reasons) for q in kept]
    assert not any("looked at" in r for q in kept for r in q.reasons)


WARNED = """# Online extortion of children

The National Crime Agency of Velmor warned in March 2025 that between January 2023 and December 2024 police received over 4,000 reports of financially motivated sexual extortion of minors, involving at least 3,100 victims, mostly boys, and that at least 9 young people had died by suicide.
"""


def test_what_a_named_source_warned_is_a_finding_not_one_cases_history(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"at least 9 young people had died", in what an agency warned: what is known about
    such crimes, asked true or false, never held as an age in one past case."""
    kept, _ = chosen(tmp_path, WARNED, matcher)
    assert [q.rule for q in kept if q.rule == "true-statement"] == ["true-statement"], [(q.rule, q.prompt, q.reasons) for q in kept]


FRONTED_IT = """# A note on online solicitation

Drawing on the 2019 guidance of the Council, on the figures published by two national hotlines, and on nine years of Velmor appellate rulings, it proposes a new offence of online solicitation of a child for sexual purposes.
"""


def test_it_does_not_stand_for_a_noun_in_the_phrase_set_before_its_own_clause(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Drawing on ... rulings, it proposes ...": "it" is the Note, named in an earlier
    sentence, never "the Council" or "the rulings" of its own fronted phrase."""
    _, below = chosen(tmp_path, FRONTED_IT, matcher)
    assert below and all('"it" is not in the stem' in " ".join(q.reasons) for q in below), [q.reasons for q in below]


STEPS = """# First steps at a suspected trafficking case

Secure safety, refer the same day (form TR-2 within 24 hours), and leave the interview to trained staff.
"""


def test_a_list_of_steps_read_as_a_subject_and_verb_is_an_instruction(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Secure safety, refer ...": the parser takes "safety" for the subject of "refer";
    a singular noun never takes "refer", so the first step is an imperative too, and no
    true/false item asks the instruction."""
    kept, below = chosen(tmp_path, STEPS, matcher)
    assert not [q for q in kept if q.rule == "true-statement"]
    assert any("an instruction" in " ".join(q.reasons) for q in below if q.rule == "true-statement")


def test_a_rule_that_names_its_law_by_year_and_kind_says_whose_it_is() -> None:
    """"section 14 of the 2019 Act" (named whole from earlier in the text) or the Act's
    full title and year place the rule: no issuer's "According to ..." goes in front."""
    for sentence in ("Registration lasts for life, and section 14 of the 2019 Act requires a registered offender to give the police notice.",
                     "A registered offender must, under section 14 of the 2019 Act, give the police notice of travel."):
        assert not unplaced(list(nlp.parse([sentence])[0])), sentence
    assert unplaced(list(nlp.parse(["A registered offender must give the police notice of travel."])[0]))


KEPT_ANTECEDENTS = """# Offences

Under the Online Safety Act 2024, it is an offence to meet a child under 16 after online grooming on two earlier occasions.

Where the offender could not have known of the travel 14 days in advance, they must notify the police as soon as practicable and in any case within 3 days.
"""


def test_a_fronted_condition_or_phrase_keeps_its_nouns_and_an_empty_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Only a bare participle in front hides its nouns from the clause's subject: "Where
    the offender ..., they must" and "Under the Act, it is an offence to" point nowhere."""
    kept, below = chosen(tmp_path, KEPT_ANTECEDENTS, matcher)
    assert not any("is not in the stem" in r for q in kept + below for r in q.reasons), [q.reasons for q in kept + below]


CITED = """# Live: specialists' conference, day two

## 11:40 Missing children panel

Police in Velmor must accept a report of a missing child at once; there is no waiting period before a report is graded.

A missing child report graded high risk must be reviewed by an inspector within one hour.

For cases with an international element, she pointed to INTERPOL's Yellow Notice, a global alert to help locate a missing person.
"""


def test_a_speaker_who_cites_a_named_source_is_a_mild_doubt_not_a_stem_that_points_back(tmp_path: Path) -> None:
    """"she pointed to INTERPOL's Yellow Notice": what is asked is INTERPOL's, so the
    unnamed speaker costs little and the question reaches the module, its comment saying so."""
    modules, _ = drafted_note(tmp_path, "live.md", CITED)
    assert "For cases with an international element, she pointed to INTERPOL's ____, a global alert to help locate a missing person." in _prompts(modules)
    assert 'who cites "INTERPOL" is not named' in modules
