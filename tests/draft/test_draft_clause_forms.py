# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, rules held back by their clause form: an instruction's notice period ("Submit
... at least 20 working days before ...") and a frequency rule's period ("at least 2
visits every ____ months"). Each on a short text of our own, with the exact outcome; the
same words where they set no rule are still held back."""

from __future__ import annotations

from pathlib import Path

from test_draft_duties import led
from test_draft_standalone import drafted, reasons

from curriculum.draft.themes import ThemeMatcher

ABROAD = (
    "Asking a provider abroad for records\n\n"
    "This note tells you how to ask a provider abroad for stored records. Your request goes through your supervisor.\n\n"
    "{rule}\n"
)


def test_an_instruction_to_the_reader_asks_its_notice_period(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ABROAD.format(rule="Submit a draft request to your supervisor at least 20 working days before the preservation period ends.")
    kept, below = drafted(tmp_path, text, matcher)
    count = next(q for q in kept + below if q.rule == "count")
    assert count.prompt == "Submit a draft request to your supervisor at least ____ working days before the preservation period ends."
    assert count in kept
    assert [o for o, right in count.options if right] == ["20"]
    assert not [r for r in count.reasons if r.startswith("fatal")]


def test_a_lone_instruction_in_a_text_that_speaks_to_no_one_keeps_its_bound(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Records held abroad\n\n"
        "Stored records of providers abroad are reached through a formal request.\n\n"
        "Submit a draft request to the records desk at least 20 working days before the preservation period ends.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "count"]
    assert 'fatal: "at least ... before" makes the figure a bound, and the sentence sets no rule whose limit it is: other options may be true as well' in reasons(
        [q for q in below if q.rule == "count"], "Submit a draft request")


VISITS = (
    "Managing registered offenders\n\n"
    "Registered offenders must receive at least {visits} home visits every {months} months from a named case officer.\n"
)


def test_a_frequency_rule_asks_its_period_not_its_minimum(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, VISITS.format(visits="2", months="6"), matcher)
    period = next(q for q in kept if q.rule == "count")
    assert period.prompt == "Registered offenders must receive at least 2 home visits every ____ months from a named case officer."
    assert [o for o, right in period.options if right] == ["6"]
    assert not [r for r in period.reasons if "review itself looked at" in r]
    # the minimum is a threshold, and a changed period may follow from the rule
    assert not [q for q in kept if "at least ____" in q.prompt]
    assert "fatal: a comparison before the number makes other values true as well" in reasons(
        [q for q in below if q.rule == "false-statement"], "Registered offenders")


def test_a_comparison_right_before_the_period_still_bounds_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Managing registered offenders\n\nRegistered offenders must receive home visits at least every 6 months from a named case officer.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "count"]
    held = [q for q in below if q.rule == "count"]
    assert held and all(any(r.startswith("fatal") for r in q.reasons) for q in held)


PROVIDER = (
    "# Brightline: Guidance for Police Officers\n\n"
    "*{issuer}Version 2.1 · Updated 4 May 2025*\n\n"
    "Brightline is a messaging app for teenagers and adults.\n\n"
    "## Keeping records\n\n"
    "We will keep a copy of an account's records for 60 days on receipt of a preservation request from the police.\n\n"
    "When we find child sexual abuse material, we remove it, suspend the account and keep the account's records for 90 days.\n\n"
    "We report every case of child sexual abuse material to the national hotline within 24 hours.\n\n"
    "We will keep the records of the pilot scheme for 30 days after it ends.\n\n"
    "Our safety team has 40 staff, including a response desk of 9 people working in two shifts.\n"
)


def _md(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list, list]:
    path = tmp_path / "guide.md"
    path.write_text(text, "utf-8")
    from curriculum.draft.analysis import analyse
    from curriculum.draft.choosing import choose
    from curriculum.draft.pipeline import rules_for
    from curriculum.draft.reading import read_source

    return choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))


def test_a_company_named_by_the_title_and_its_head_line_is_the_documents_we(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, PROVIDER.format(issuer="Brightline Media Ltd · "), matcher)
    shown = {q.prompt: q for q in kept}
    # a standing policy under a recurring condition ("on receipt of"), not a plan
    keep = shown["Brightline will keep a copy of an account's records for ____ days on receipt of a preservation request from the police."]
    assert [o for o, right in keep.options if right] == ["60"]
    # joined verbs agree with the name, and a second "we" is "it"
    assert "When Brightline finds child sexual abuse material, it removes it, suspends the account and keeps the account's records for ____ days." in shown
    assert shown["Brightline reports every case of child sexual abuse material to the national hotline within 24 hours."].rule == "true-statement"
    # a "will" with no recurring condition is still one case's length of time
    pilot = [q for q in kept + below if q.prompt.startswith("Brightline will keep the records of the pilot")]
    assert pilot and all(q not in kept for q in pilot)
    # the staff and shifts of the body's team are its make-up
    shifts = next(q for q in below if "working in ____ shifts" in q.prompt)
    assert '-0.35 trivia: a count of "shift" in a body\'s make-up (what its staff number): the size of a body' in shifts.reasons


def test_without_the_companys_name_in_the_head_we_stays_unnamed(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, PROVIDER.format(issuer=""), matcher)
    assert not [q for q in kept if "Brightline" in q.prompt]
    assert '-0.50 points back: "We" is the first person of whoever wrote the text; the stem does not say who' in reasons(
        below, "We report every case")


RESOLUTION = (
    "# Resolution NPC-2024-03: Missing children\n\n"
    "{chapeau}"
    "RECALLING its decision of 2021 on the search for missing children,\n\n"
    "NOTING that most missing children are found within two days,\n\n"
    "ADOPTS the following:\n\n"
    "- URGES member forces to enter every missing child in the shared register within 2 hours of the first report;\n"
    "- REQUESTS member forces to appoint a named search adviser in each district;\n"
    "- Decides that every force shall review each open case within 28 days of the report.\n"
)


def test_an_operative_clause_is_a_sentence_of_the_body_its_chapeau_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = RESOLUTION.format(chapeau="The Northern Police Council, meeting in Harwick at its 12th session,\n\n")
    kept, below = _md(tmp_path, text, matcher)
    urge = next(q for q in kept if q.rule == "count" and "urges" in q.prompt)
    assert urge.prompt == "The Northern Police Council urges member forces to enter every missing child in the shared register within ____ hours of the first report."
    assert [o for o, right in urge.options if right] == ["2"]
    assert urge.quote[0] == text.index("URGES")  # the quote is the clause, verbatim
    decides = next(q for q in kept if "decides" in q.prompt)
    assert decides.prompt == "The Northern Police Council decides that every force shall review each open case within ____ days of the report."
    assert [o for o, right in decides.options if right] == ["28"]
    # a preambular clause says what the body notes: a finding's bound stays a bound, and
    # the year of the body's own past decision is not worth asking
    assert not [q for q in kept if "notes" in q.prompt or "recalls" in q.prompt]
    assert 'fatal: "within" makes the figure a bound, and the sentence sets no rule whose limit it is: other options may be true as well' in reasons(
        [q for q in below if q.rule == "count"], "The Northern Police Council notes that most missing children are found within ____ days.")
    assert reasons(below, "The Northern Police Council recalls its decision of 2021 on the search for missing children.")


def test_without_a_chapeau_the_clauses_name_no_body(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, RESOLUTION.format(chapeau=""), matcher)
    assert not [q for q in kept + below if "Council" in q.prompt]
    assert not [q for q in kept if "urges" in q.prompt.lower()]


LABELLED = (
    "# What officers took away from the course\n\n"
    "The most common answers were:\n\n"
    "- **{label} have limits.** They are no substitute for judgement. It must be scored again within 28 days of any new offence.\n"
    "- **Kestrel-7 has limits.** It is a screening tool for adult offenders. It must be scored again within 28 days of any new offence.\n"
)


def test_a_labelled_items_it_is_the_labels_named_subject(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, LABELLED.format(label="Screening tools"), matcher)
    named = next(q for q in kept if q.rule == "count")
    assert named.prompt == "Kestrel-7 must be scored again within ____ days of any new offence."
    assert not [r for r in named.reasons if "points back" in r]
    # a plural label subject is no antecedent of "it": the sentence still points back
    assert '-0.50 points back: "It" is not in the stem' in reasons(below, "It must be scored again")


RIGHTS = (
    "# Information for families\n\n"
    "## {heading}\n\n"
    "- To be told, in words you understand, what is happening in the case.\n"
    "- To be told within 24 hours if someone is arrested or released on bail.\n"
    "- To ask for an interpreter, free of charge.\n\n"
    "## What you can ask for\n\n"
    "You have the right:\n\n"
    "- to see a support worker within 10 working days of first contact;\n"
    "- to ask for a review if the decision is not to charge.\n"
)


def test_an_infinitive_item_of_a_list_of_rights_says_whose_right_it_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = _md(tmp_path, RIGHTS.format(heading="Your rights as a family"), matcher)
    assert sorted(q.prompt for q in kept if q.rule == "count") == [
        "As a family, you have the right to be told within ____ hours if someone is arrested or released on bail.",
        "You have the right to see a support worker within ____ working days of first contact.",
    ]


def test_infinitive_items_under_a_heading_of_aims_are_no_rights(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, RIGHTS.format(heading="Our aims for the year"), matcher)
    assert not [q for q in kept + below if "to be told within" in q.prompt.lower()]


def test_a_list_lead_in_with_a_time_limit_is_no_time_limit_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Desk instructions for offender managers\n\n"
        "1. Record every visit on the visit form within 48 hours.\n\n"
        "2. Check the phone at each visit where a court order allows it.\n\n"
        "3. Escalate to the duty inspector within 24 hours where:\n"
        "   (a) the offender misses a visit;\n"
        "   (b) the offender has unsupervised contact with a child.\n\n"
        "4. Inform the duty inspector at once where a child is at risk.\n"
    )
    kept, below = led(tmp_path, text, matcher)  # the time-limit rule's questions
    assert not [q for q in kept + below if q.prompt.startswith("Escalate") and q.rule == "time-limit"]
    # the title names whose duties they are (``actors.py``)
    assert "Offender managers must record every visit on the visit form within ____." in [q.prompt for q in kept]


PARTNERSHIP = (
    "---\ntitle: {title}\nauthor: Harwick Safeguarding Partnership\n---\n\n"
    "This summary is for staff in the Province of Harwick who support child victims.\n\n"
    "We report every case of online abuse to the national hotline within 24 hours.\n\n"
    "Our thanks go to the volunteers of the helpline, who gave more than 3,000 hours of their time.\n"
)


def test_the_authors_name_is_not_shortened_to_the_place_it_is_named_after(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = _md(tmp_path, PARTNERSHIP.format(title="Support for child victims"), matcher)
    shown = [q.prompt for q in kept + below]
    assert "The Harwick Safeguarding Partnership reports every case of online abuse to the national hotline within 24 hours." in shown
    assert not [p for p in shown if p.startswith("Harwick ")]
    # thanks are no question, whoever gives them
    assert not [q for q in kept if "thanks go to" in q.prompt]


def test_a_title_that_names_the_text_is_no_author(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "KEYNOTE ADDRESS\n\nRegional conference on online abuse\n\nWe report every case of online abuse to the national hotline within 24 hours.\n"
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if "Keynote" in q.prompt]
