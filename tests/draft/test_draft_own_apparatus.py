# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9 (session 27, tuner "local"): what a text's own apparatus sets, asked as if it
were the work's: an invented law's penalty, a meeting's topic, one organisation's records
system. Each on a short text of our own words."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, prompts

from curriculum.draft.themes import ThemeMatcher

MOOT = """# Regional Moot 2027: The Problem

Issued by the moot's organising committee. All countries, persons, agencies and statutes in this Problem are invented for the competition.

## Agreed facts

Under the Offender Travel Act 2015 of Belmora, a registered sex offender must notify the police of any travel abroad at least 14 days before departure. Failing to notify the police of travel is an offence punishable by up to four years' imprisonment.
"""


def test_an_invented_laws_penalty_is_held_and_its_duty_still_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A text that declares all its statutes invented: the penalty it sets is the
    author's figure, held with the reason; what the law requires of an offender is asked."""
    kept, below = chosen(tmp_path, MOOT, matcher)
    assert not any("imprisonment" in p for p in prompts(kept)), prompts(kept)
    assert any("14 days" in p or "____ days" in p for p in prompts(kept)), prompts(kept)
    held = [q for q in below if "imprisonment" in q.prompt]
    assert held and all("a penalty of an invented law" in " ".join(q.reasons) for q in held), [q.reasons for q in held]


def test_a_real_laws_penalty_beside_a_section_declared_invented_is_still_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A declaration under one heading covers that section only: the law of the section
    before it is judged as before."""
    text = """# Travel notification

## Belmora

Failing to notify the police of travel abroad is an offence punishable by up to four years' imprisonment.

## Training country

Everything in this section is invented for exercises.

Failing to notify the police of travel abroad is an offence punishable by up to three years' imprisonment.
"""
    kept, below = chosen(tmp_path, text, matcher)
    reasons = {q.prompt: " ".join(q.reasons) for q in kept + below}
    assert any("four" in p or "4" in p for p in reasons if "invented law" not in reasons[p]), reasons
    assert all("invented law" in r for p, r in reasons.items() if "three" in p), reasons
    assert not any("three" in p for p in prompts(kept)), prompts(kept)


AGENDA = """# Travel of registered offenders

Passport controls for registered offenders were one of the topics at the regional police chiefs' meeting in Lisbon in March 2021.

Registered offenders must notify the police of any travel abroad at least 7 days before departure.
"""


def test_a_meetings_topic_is_held_and_the_rule_beside_it_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """That a matter was on a meeting's agenda says nothing about the matter: held with
    the reason; the rule after it is asked."""
    kept, below = chosen(tmp_path, AGENDA, matcher)
    assert not any("topics" in p for p in prompts(kept)), prompts(kept)
    assert any("7 days" in p or "____ days" in p for p in prompts(kept)), prompts(kept)
    held = [q for q in below if "topics" in q.prompt]
    assert held and all("a meeting's agenda" in " ".join(q.reasons) for q in held), [q.reasons for q in held]


def test_what_a_meeting_must_discuss_or_heard_is_no_agenda_topic() -> None:
    """A modal makes a rule of practice, a clause says what was said: both are judged as
    before; a past passive 'was discussed at the ... meeting' is a topic."""
    from curriculum.draft import nlp
    from curriculum.draft.meeting import agenda_topic

    rule, heard, past, present = nlp.parse([
        "Every missing child case must be discussed at a strategy meeting within 24 hours.",
        "The 2019 conference heard that most offenders travel to neighbouring countries.",
        "Data sharing between hotlines was discussed at the annual meeting in 2019.",
        "Each referral is discussed at the weekly meeting.",
    ])
    assert agenda_topic(rule) == ""
    assert agenda_topic(heard) == ""
    assert agenda_topic(past) == "discussed at the annual meeting"
    assert agenda_topic(present) == ""


SYSTEM = """# Decision on a complaint

The Harbour Police child protection team logged the complaint in the Case Tracking System (CTS) on 4 May 2023.

Offenders' details are held on the Violent Offender Register (VOR), which every force must check before a visit.
"""


def test_one_forces_system_named_in_a_past_act_is_not_asked_for_its_expansion(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Where one force logged one complaint is its own apparatus: the system's name is
    held with the reason; a system named in a standing rule is judged as before."""
    kept, below = chosen(tmp_path, SYSTEM, matcher)
    cts = [q for q in kept + below if q.rule == "acronym" and "(CTS)" in q.prompt]
    assert cts and all(q in below and "the system named is one force's own" in " ".join(q.reasons) for q in cts), [(q.prompt, q.reasons) for q in cts]
    vor = [q for q in kept + below if q.rule == "acronym" and "(VOR)" in q.prompt]
    assert all("the system named is one force's own" not in " ".join(q.reasons) for q in vor), [(q.prompt, q.reasons) for q in vor]


TARIFF = """# Registered sex offenders: vetting and notification

## Certificates for work with children: charges from 1 April 2027

A registered sex offender who applies for work with children is refused a certificate.

| Certificate | Fee | Target time |
|---|---|---|
| Basic | 20.00 | 4 working days |
| Standard | 35.00 | 8 working days |
| Enhanced | 50.00 | 12 working days |
| Enhanced with barred list | 55.00 | 20 working days |

## Notification periods for registered sex offenders

| Sentence | Notification period |
|---|---|
| Caution | 2 years |
| Fine | 5 years |
| Up to 6 months | 7 years |
| 6 to 30 months | 10 years |
| Over 30 months | Indefinite |
"""


def test_a_tariffs_target_times_are_held_and_a_table_of_limits_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A table that prices what it lists is one office's service: its target times are
    held with the reason; a table of the law's periods beside it is asked."""
    from curriculum.draft.analysis import analyse
    from curriculum.draft.choosing import choose
    from curriculum.draft.pipeline import rules_for
    from curriculum.draft.reading import read_source

    path = tmp_path / "tariff.md"
    path.write_text(TARIFF, "utf-8")
    kept, below = choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))
    assert not any("target time" in p.lower() for p in prompts(kept)), prompts(kept)
    held = [q for q in below if "target time" in q.prompt.lower()]
    assert held and all("a service's own tariff" in " ".join(q.reasons) for q in held), [(q.prompt, q.reasons) for q in held]
    assert any("notification period" in p.lower() for p in prompts(kept)), prompts(kept)


def test_a_topic_at_a_meeting_with_a_long_name_is_still_an_agenda_topic() -> None:
    """The parser may hang the meeting under the body's long name: the gathering is looked
    for in the whole phrase after "at"."""
    from curriculum.draft import nlp
    from curriculum.draft.meeting import agenda_topic

    (long_name,) = nlp.parse(["Passport controls were one of the topics at the European Working Group on Offences Against Children meeting in Oslo in May 2022."])
    assert agenda_topic(long_name).endswith("meeting")


def test_a_penalty_whose_bracket_or_heading_calls_its_law_invented_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The sentence's own bracket ("(fictional statute)") or a heading over it ("Belmora,
    a fictional jurisdiction") declares the law invented; a heading on fictional images
    does not."""
    text = """# Registered sex offenders abroad

## Belmora, a fictional jurisdiction

Failing to notify the police of travel abroad is an offence punishable by up to four years' imprisonment.

## Drawn and fictional images of children

Possessing a prohibited drawn image of a child is an offence punishable by up to three years' imprisonment.

## Tarvany

Failing to notify the police of travel abroad is an offence under the Travel Act 2019 (fictional statute) punishable by up to six years' imprisonment.
"""
    kept, below = chosen(tmp_path, text, matcher)
    reasons = {q.prompt: " ".join(q.reasons) for q in kept + below}
    assert all("invented law" in r for p, r in reasons.items() if "four" in p or "six" in p), reasons
    assert any("four" in p for p in reasons) and any("six" in p for p in reasons), reasons
    assert not any("invented law" in r for p, r in reasons.items() if "three" in p), reasons


def test_a_meetings_agenda_told_among_its_topics_or_by_the_meeting_itself() -> None:
    """'Among the topics discussed at', and a past active whose subject is the gathering
    or its delegates, say only what a meeting talked about; a finding it heard, a clause
    of what it examined and a practice in the present are judged as before."""
    from curriculum.draft import nlp
    from curriculum.draft.meeting import agenda_topic

    among, active, delegates, heard, examined, practice = nlp.parse([
        "Online grooming was among the topics discussed at the 2019 regional meeting.",
        "The 2018 meeting in Singapore discussed legislation on travelling sex offenders.",
        "Delegates at the workshop discussed the use of mobile devices in crimes against children.",
        "The meeting heard that 27 children were identified.",
        "The conference examined how hotlines share hashes.",
        "Strategy meetings discuss the risk to the child.",
    ])
    assert agenda_topic(among).endswith("regional meeting")
    assert agenda_topic(active) == "The 2018 meeting in Singapore discussed"
    assert agenda_topic(delegates) == "Delegates at the workshop discussed"
    assert agenda_topic(heard) == agenda_topic(examined) == agenda_topic(practice) == ""


COMPARATIVE = """# Grooming offences and travel notification: a comparison

## Introduction

This note compares five jurisdictions. All five jurisdictions are fictional composites drawn up for teaching.

## Grooming offences

| Jurisdiction | Maximum penalty |
|---|---|
| Arlen | 4 years |
| Brisca | 6 years |
| Corvale | 8 years |
| Dunhold | 10 years |
| Esterby | 14 years |

## Travel notification

| Jurisdiction | Notice before foreign travel |
|---|---|
| Arlen | 3 days |
| Brisca | 7 days |
| Corvale | 14 days |
| Dunhold | 21 days |
| Esterby | 28 days |
"""


def test_an_introduction_that_declares_all_jurisdictions_invented_covers_their_penalty_table(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A declaration in the introduction that names no part covers the tables after it:
    the penalty column's rows are held; the notice column (a duty) is still asked."""
    from curriculum.draft.analysis import analyse
    from curriculum.draft.choosing import choose
    from curriculum.draft.pipeline import rules_for
    from curriculum.draft.reading import read_source

    path = tmp_path / "comparative.md"
    path.write_text(COMPARATIVE, "utf-8")
    kept, below = choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))
    assert not any("penalty" in p for p in prompts(kept)), prompts(kept)
    held = [q for q in below if "maximum penalty" in q.prompt]
    assert held and all("a penalty of an invented law" in " ".join(q.reasons) for q in held), [(q.prompt, q.reasons) for q in held]
    assert any("notice before foreign travel" in p for p in prompts(kept)), prompts(kept)


def test_a_rows_other_cells_do_not_make_its_notice_a_penalty(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A row whose other cell names a penalty ("offence, 2 years' imprisonment") is asked
    for its notice column as before: only the column the stem asks counts."""
    from curriculum.draft.analysis import analyse
    from curriculum.draft.choosing import choose
    from curriculum.draft.pipeline import rules_for
    from curriculum.draft.reading import read_source

    text = COMPARATIVE.replace("| Jurisdiction | Notice before foreign travel |\n|---|---|", "| Jurisdiction | Notice before foreign travel | Failure to notify |\n|---|---|---|")
    for place in ("Arlen", "Brisca", "Corvale", "Dunhold", "Esterby"):
        text = text.replace(f"| {place} | ", f"| {place} | ", 1)
    lines = [line + " offence, 2 years' imprisonment |" if line.startswith("| ") and "days |" in line else line for line in text.split("\n")]
    path = tmp_path / "comparative.md"
    path.write_text("\n".join(lines), "utf-8")
    kept, below = choose(rules_for(analyse(read_source(path, tmp_path), "t", matcher), matcher))
    notices = [q for q in kept + below if "notice before foreign travel" in q.prompt]
    assert notices and not any("invented law" in " ".join(q.reasons) for q in notices), [(q.prompt, q.reasons) for q in notices]


WIRE = """# Ministers agree joint action on online abuse

Note for readers: the Harrowmere Coast Alliance, its six member states and the town of Quellwick are fictional; treaty facts are real.

The Quellwick Charter, adopted at the end of a three-day summit, commits members to set up a specialist unit within 24 months.

The Harrowmere Coast Alliance agreed on Friday to connect all six states to the international image database within 18 months.

The Lanzarote Convention commits Parties to criminalise the solicitation of children for sexual purposes within 12 months of ratification.

Under the Quellwick Charter, officers must refer every report of online grooming to a specialist unit within 48 hours.
"""


def test_what_a_charter_the_notice_invents_commits_to_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"Quellwick" and "Harrowmere" are names the notice lists as invented: what the
    charter named after one commits members to, and what the alliance agreed, are the
    author's; a real convention's commitment and a rule with "must" under the charter are
    judged as before."""
    kept, below = chosen(tmp_path, WIRE, matcher)
    every = kept + below
    charter = [q for q in every if q.prompt.startswith(("The Quellwick Charter", "The Harrowmere Coast Alliance agreed"))]
    assert any("Alliance" in q.prompt for q in charter), [q.prompt for q in every]
    assert charter and all(any("an instrument or a forum the document declares invented" in r for r in q.reasons)
                           for q in charter), [(q.prompt, q.reasons) for q in charter]
    assert not [q for q in kept if q.prompt.startswith(("The Quellwick Charter", "The Harrowmere"))]
    others = [q for q in every if "Lanzarote" in q.prompt or "officers must" in q.prompt]
    assert others and not [r for q in others for r in q.reasons if "declares invented" in r], [(q.prompt, q.reasons) for q in others]


def test_a_duty_of_a_law_its_own_bracket_calls_fictional_is_held_when_no_country_is_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Session 29: "(... Act 2014, s. 12, fictional)" in the sentence itself marks the law
    made up; with no country in the stem its period is a rule of nowhere (held with the
    reason). The same duty with its country named is still asked."""
    text = """# Offender travel: a comparison

## Notification

Registered offenders must tell the police about any journey abroad at least 10 days before they leave (Offender Travel Act 2014, s. 12, fictional).

In Norland, a registered offender must tell the police about any journey abroad at least 5 days before leaving (Offender Travel Act 2014, s. 12, fictional).
"""
    kept, below = chosen(tmp_path, text, matcher)
    reasons = {q.prompt: " ".join(q.reasons) for q in kept + below}
    unplaced = [p for p in reasons if p.startswith("Registered offenders must tell")]
    assert unplaced and all("with no country named" in reasons[p] for p in unplaced), reasons
    assert not [p for p in prompts(kept) if p.startswith("Registered offenders must tell")], prompts(kept)
    placed = [p for p in reasons if "Norland" in p]
    assert placed and not [p for p in placed if "with no country named" in reasons[p]], reasons
