# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, the author's "we": an organisation's own report speaks in the first person.
Where the document names its author (metadata, a self-naming sentence, a sentence saying
who made it), the stem names that author, with the verb agreeing and the possessive
following; where it does not, or the first person is a person's, everyone's, or someone
else's in quotation marks, the candidate stays in the audit with its reason. Each on a
short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted, reasons

from curriculum.draft.questions import DraftQuestion
from curriculum.draft.themes import ThemeMatcher


def with_prompt(questions: list[DraftQuestion], prompt: str) -> DraftQuestion:
    found = [q for q in questions if q.prompt == prompt]
    assert len(found) == 1, [q.prompt for q in questions]
    return found[0]


def test_the_metadata_publisher_is_named_for_we_with_the_verb_agreeing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Safety report 2024\n"
        "Publisher: Larkspur Messaging Services, Trust Team\n"
        "Date: 3 March 2025\n"
        "---\n\n"
        "Larkspur is a chat service for teenagers and adults.\n\n"
        "We keep the contents of every report to the national hotline for 90 days. "
        "Our reporting team sent 5,230 referrals to police forces in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    # the publisher's first part, shortened to what the text calls itself, no article
    keep = with_prompt(kept + below, "Larkspur keeps the contents of every report to the national hotline for ____ days.")
    assert keep.stem_rule == 'sentence, "We" named as the author (the document\'s metadata)'
    assert keep.speaker == "Larkspur"
    assert not [r for r in keep.reasons if "points back" in r]
    sent = with_prompt(kept + below, "Larkspur's reporting team sent ____ referrals to police forces in 2024.")
    assert not [r for r in sent.reasons if "points back" in r]
    # the quote stays the source's own sentence
    assert text[keep.quote[0]:keep.quote[1]] == "We keep the contents of every report to the national hotline for 90 days."


def test_a_past_figure_of_the_named_author_has_an_actor(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Helpline review 2024\n"
        "Author: Ostervale Child Helpline\n"
        "Date: 20 January 2025\n"
        "---\n\n"
        "In 2024 we referred 412 children to police after calls about online abuse.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    statement = with_prompt(kept + below, "In 2024 the Ostervale Child Helpline referred 412 children to police after calls about online abuse.")
    assert not [r for r in statement.reasons if "points back" in r or "no actor" in r]


def test_a_self_naming_sentence_names_we_and_our(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        'Harlow Street Outreach ("we", "our") supports young people who go missing from care in Dunmere.\n\n'
        "We have trained 140 foster carers since 2021. Our caseworkers are on call 24 hours a day.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below]
    assert "Harlow Street Outreach has trained ____ foster carers since 2021." in prompts
    assert not [p for p in prompts if "We have" in p or "Our caseworkers" in p]


def test_the_maker_of_the_document_is_named_for_we(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "This guide was prepared by the Digital Safety Team of Wexmoor Constabulary for officers who seize phones.\n\n"
        "We ask officers to place a seized phone in flight mode within 10 minutes of seizure.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    statement = with_prompt(kept + below, "The Digital Safety Team of Wexmoor Constabulary asks officers to place a seized phone in flight mode within 10 minutes of seizure.")
    assert statement.stem_rule == 'sentence, "We" named as the author (line 1)'


def test_no_author_a_person_everyone_or_a_quoted_speaker_is_never_named(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: A year on the helpline\n"
        "Author: Maria Okafor\n"
        "Date: 2 February 2025\n"
        "---\n\n"
        "We answered 4,020 calls from worried parents in 2024.\n\n"
        "Our children deserve to be safe online, and 88% of parents asked for more advice in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if q.speaker or "Maria" in q.prompt]
    assert '-0.50 points back: "We" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "We answered")
    assert '-0.50 points back: "Our children" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "Our children deserve")


def test_a_body_publisher_is_not_named_for_our_children(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: National plan\n"
        "Publisher: Ministry of Justice of Solmark\n"
        "Date: 2 February 2025\n"
        "---\n\n"
        "Our children waited 14 months on average for a trial in 2024.\n\n"
        "I chaired 12 meetings of the working group in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if q.speaker or "Ministry" in q.prompt]
    assert '-0.50 points back: "I" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "I chaired")


def test_a_body_that_heads_the_title_is_named_for_we(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "BRACKENFORD ROWING CLUB\n"
        "Safeguarding policy\n\n"
        "Brackenford Rowing was founded in 1931 and rows on the river Lesk.\n\n"
        "We check every volunteer coach against the barred list every 3 years.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below]
    # the title in capitals, shortened to what the text calls the club, no article
    assert "Brackenford Rowing checks every volunteer coach against the barred list every ____ years." in prompts
    assert not [p for p in prompts if p.startswith("We check")]


def test_a_body_that_wrote_this_document_is_named_for_we(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "The Harbour Intake Office, which wrote this procedure, reviews it every year.\n\n"
        "We answer urgent requests from other forces within 2 hours.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below]
    assert "The Harbour Intake Office answers urgent requests from other forces within 2 hours." in prompts


def test_a_rule_with_no_place_is_the_stated_authors(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        'Harlow Street Outreach ("we", "our") supports young people who go missing from care in Dunmere.\n\n'
        "Every volunteer must complete safeguarding training within 30 days of starting.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "count")
    assert question.prompt == "According to Harlow Street Outreach, every volunteer must complete safeguarding training within ____ days of starting."


def test_a_headline_about_a_body_names_no_author(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Inside the Brackenford Harbour Unit\n\n"
        "The unit patrols the harbour and the estuary every night.\n\n"
        "We recorded 97 reports of missing children in 2024.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    assert not [q for q in kept + below if q.speaker]
    assert '-0.50 points back: "We" is the first person of whoever wrote the text; the stem does not say who' in reasons(below, "We recorded")


def test_several_bodies_together_we_keep_the_plural(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Title: Privacy notice\n"
        "Date: 1 May 2025\n"
        "---\n\n"
        'The Marsh Valley Referral Scheme is run jointly by Marsh Valley Police, the Marsh Valley Probation Service and HM Prison Marsh Valley (together, "we").\n\n'
        "We keep our records of each referral for 6 years after the case closes.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    question = next(q for q in kept + below if q.rule == "count")
    assert question.prompt == "Marsh Valley Police, the Marsh Valley Probation Service and HM Prison Marsh Valley keep their records of each referral for ____ years after the case closes."


def test_a_rule_under_a_heading_naming_a_law_is_the_laws(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """A training body restating a statute does not make it the body's rule: the heading
    that names the law says whose it is."""
    text = (
        'Harlow Street Outreach ("we", "our") trains volunteers who support children in Dunmere.\n\n'
        "Duties under the Child Protection (Reporting) Act 2021\n\n"
        "Every registered volunteer must report a disclosure of abuse to the police within 24 hours.\n\n"
        "Our training\n\n"
        "Every volunteer must complete safeguarding training within 30 days of starting.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below if q.rule == "count"]
    assert "Under the Child Protection (Reporting) Act 2021, every registered volunteer must report a disclosure of abuse to the police within ____ hours." in prompts
    assert "According to Harlow Street Outreach, every volunteer must complete safeguarding training within ____ days of starting." in prompts


def test_a_standing_practice_for_every_case_is_the_issuers_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Every referral is reviewed ..." has no modal, but it is a local rule all the same:
    it names whose, as a "must" would."""
    text = (
        "Title: Referral procedure\nPublisher: Dunmere Safeguarding Partnership\nDate: 3 March 2025\n---\n\n"
        "Every referral about a missing child is reviewed by a detective sergeant within two hours.\n\n"
        "The review group met in March 2025 to discuss the new guidance.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below if "referral" in q.prompt]
    assert prompts and all(p.startswith("According to the Dunmere Safeguarding Partnership, every referral") for p in prompts)
    assert not [q for q in kept + below if q.prompt.startswith("According to") and "met" in q.prompt]


_THREAD = (
    "From: Duty Desk <desk@hotline.example>\n"
    "To: Cyber Team <cyber@police.example>\n"
    "Subject: RE: account data for a missing girl\n\n"
    "Thanks for the quick reply.\n\n"
    "We hold the account records of every reported chat for 60 days after the report.\n\n"
    "Kind regards,\n"
    "Priya Lal\n"
    "Analyst, Harbourside Safety Hotline\n"
    "Tel 0800 000 000\n\n"
    "----------------------------------------\n\n"
    "From: Cyber Team <cyber@police.example>\n"
    "Subject: account data for a missing girl\n\n"
    "We ask every platform to keep account records for 90 days in a case of a missing child.\n\n"
    "Regards,\n"
    "DC Ann Moss\n"
    "Tel 0800 111 111\n"
)


def test_a_messages_we_is_the_body_its_sign_off_names(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _THREAD, matcher)
    hold = with_prompt(kept + below, "The Harbourside Safety Hotline holds the account records of every reported chat for ____ days after the report.")
    assert hold.stem_rule.endswith('"We" named as the author (line 9)')
    assert not [r for r in hold.reasons if "first person" in r]
    # the second message's sign-off names no body: its "we" is never the first message's
    ask = with_prompt(kept + below, "We ask every platform to keep account records for ____ days in a case of a missing child.")
    assert [r for r in ask.reasons if 'points back: "We" is the first person' in r]
