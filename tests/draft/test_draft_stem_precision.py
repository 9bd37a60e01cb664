# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, precision of what reaches a module (blind review 10): a stem that still holds
what determines its answer, an acronym asked of a body's staffing, a list member blanked
as a term, a date inserted inside a verb group, a law's name dropped, a scheme's codes
asked with no scheme, and rules' intervals scored as trivia. On short texts of our own,
each with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher, suffix: str = ".txt") -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / f"text{suffix}"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis) + glossary_rules(analysis))


def key(q: DraftQuestion) -> object:
    return q.answers or [t for t, ok in q.options if ok]


def _held(held: list[DraftQuestion], rule: str, prompt: str) -> DraftQuestion:
    found = [q for q in held if q.rule == rule and q.prompt == prompt]
    assert len(found) == 1, [(q.rule, q.prompt) for q in held]
    return found[0]


def test_a_clause_that_restates_the_end_of_a_period_is_dropped_from_the_length_blank(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Grooming logs\n\nBramble Messaging has confirmed that chat logs of the reported account are kept for 60 days from 4 March 2025, i.e. until 3 May 2025.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), q.stem_rule) for q in kept] == [
        ("count", "Bramble Messaging has confirmed that chat logs of the reported account are kept for ____ days from 4 March 2025.", ["60"], "sentence, restating clause dropped"),
    ]


def test_a_length_blank_between_two_stated_ends_gives_itself_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Grooming logs\n\nBramble Messaging kept the chat logs of the reported account for 60 days from 4 March 2025 to 3 May 2025.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "count"]
    blank = _held(held, "count", "Bramble Messaging kept the chat logs of the reported account for ____ days from 4 March 2025 to 3 May 2025.")
    assert blank.score == 0.0
    assert "fatal: both ends of the period are in the stem: its length can be computed" in blank.reasons


def test_a_total_whose_parts_the_stem_shows_gives_itself_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Referrals\n\nIn 2024 the Marlow Child Protection Hub sent 90 referrals about online grooming to police forces, of which 60 went to Marlow Police and 30 went to Dovria Police.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert [q.rule for q in kept] == ["true-statement"]  # the whole sentence, nothing blanked
    blank = _held(held, "count", "In 2024 the Marlow Child Protection Hub sent ____ referrals about online grooming to police forces, of which 60 went to Marlow Police and 30 went to Dovria Police.")
    assert "fatal: the stem holds a total and all its other parts: the answer is their sum or difference" in blank.reasons


def test_an_acronym_asked_of_a_body_s_staffing_is_trivia_like_its_counts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Staffing\n\nThe Harbour Child Protection Team (HCPT) has 14 caseworkers across two sites, supervised by three senior social workers.\n\n"
        "The Marlow Offender Review Panel (MORP) must review the risk plan of every registered sex offender within 10 days of release.\n"
    )
    kept, held = drafted(tmp_path, text, matcher)
    assert ("acronym", "The ____ (MORP) must review the risk plan of every registered sex offender within 10 days of release.") not in [(q.rule, q.prompt) for q in held if q.score < 0.6]
    acronym = _held(held, "acronym", "The ____ (HCPT) has 14 caseworkers across two sites, supervised by three senior social workers.")
    assert acronym.score < 0.6
    assert "-0.35 trivia: the acronym's sentence gives a body's staffing or structure (a count of \"caseworker\"), and the blank asks only its name" in acronym.reasons
    assert not [q for q in kept if "HCPT" in q.prompt]


def test_a_word_of_one_member_of_a_list_is_never_a_key_term(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Where grooming starts\n\nGrooming often starts through games, social media, messaging apps and live-streaming sites.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "key-term"]
    term = _held(held, "key-term", "Grooming often starts through games, social media, messaging apps and ____ sites.")
    assert "fatal: one item of a list is blanked; the other items are equally true" in term.reasons


_PROPOSALS = (
    "# Keeping Children Safe: Offender Registration Proposals\n\n"
    "**A consultation paper**\n"
    "Ministry of Home Affairs, Republic of Dovria (fictional)\n"
    "Published: 14 February 2026\n\n"
    "## 1. Registration of sex offenders\n\n"
    "On registration, the Government proposes to:\n"
    "- end the practice of removing offenders from the register after a fixed term, replacing it with a review by a judge;\n"
    "- require notice of any foreign travel at least 10 days before departure (at present only trips of 5 nights or more must be notified).\n\n"
    "On online accounts, the Government proposes to:\n"
    "- end the paper form for reporting accounts, replacing it with an online portal;\n"
    "- require registered offenders, who currently report new accounts only once a year, to report any new online account within 3 days.\n"
)


def test_a_date_goes_in_front_of_a_carried_lead_in_and_an_aside_keeps_its_own_present(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Whether a proposal's items reach a module is judged elsewhere; here, their stems."""
    kept, held = drafted(tmp_path, _PROPOSALS, matcher, ".md")
    every = sorted(kept + held, key=lambda q: q.quote)
    assert [(q.prompt, key(q)) for q in every if q.rule == "count" and "____ days" in q.prompt] == [
        ("On registration, the Government proposes to require notice of any foreign travel at least ____ days before departure (at present only trips of 5 nights or more must be notified).", ["10"]),
        ("As of February 2026, on online accounts, the Government proposes to require registered offenders, who report new accounts only once a year, to report any new online account within ____ days.", ["3"]),
    ]
    assert not [q.prompt for q in every if "( " in q.prompt or "to as of" in q.prompt.lower()]


def test_a_fronted_named_law_stays_in_a_trimmed_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Platform duties\n\nUnder the Marlow Child Safety Act 2019, a platform that receives a report of grooming must send it to the police within 2 days of receiving it, and must keep a record of the report for six years.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q), q.stem_rule) for q in kept] == [
        ("count", "Under the Marlow Child Safety Act 2019, a platform that receives a report of grooming must send it to the police within ____ days of receiving it.", ["2"], "clause, law's name kept in front"),
    ]


def test_a_fronted_phrase_that_names_no_law_is_still_dropped(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Platform duties\n\nUnder the regional plan agreed with all the local councils last spring, a platform that receives a report of grooming must send it to the police within 2 days of receiving it, and must keep a record.\n"
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.prompt, q.stem_rule) for q in kept if q.rule == "count"] == [
        ("A platform that receives a report of grooming must send it to the police within ____ days of receiving it, and must keep a record.", "clause, fronted phrase dropped"),
    ]


_GRADES = (
    "# GRX-4: Grading Scheme for Seized Abuse Images\n\n"
    "Published: 3 March 2025\n\n"
    "## 2. Grades\n\n"
    "2.1 Analysts must give every seized image one of the following GRX grades before it is shared:\n"
    "- **A:** images meeting the most serious grade in the country where they were seized;\n"
    "- **B:** images that show non-penetrative sexual activity with a child;\n"
    "- **C:** other indecent images of a child that fall under neither of the first two grades; and\n"
    "- **D:** images that are not indecent but help to identify a child, such as a photo of a bedroom.\n"
)


def test_a_scheme_s_codes_are_asked_by_the_scheme_without_the_list_s_punctuation(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """And "the most serious grade in ..." says which grade: a superlative points back to nothing."""
    kept, _ = drafted(tmp_path, _GRADES, matcher, ".md")
    assert [(q.prompt, key(q)) for q in kept if q.rule == "glossary"] == [
        ('Which category of GRX-4 is defined as "images meeting the most serious grade in the country where they were seized"?', ["A"]),
        ('Which category of GRX-4 is defined as "images that show non-penetrative sexual activity with a child"?', ["B"]),
        ('Which category of GRX-4 is defined as "other indecent images of a child that fall under neither of the first two grades"?', ["C"]),
        ('Which category of GRX-4 is defined as "images that are not indecent but help to identify a child, such as a photo of a bedroom"?', ["D"]),
    ]


def test_a_test_timed_from_release_and_a_review_interval_are_rules_not_trivia(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Licence conditions\n\n"
        "The first polygraph session will be held within three months of release.\n\n"
        "Risk records of each registered offender are reviewed every 12 months.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "The first polygraph session will be held within ____ months of release.", ["three"]),
        ("count", "Risk records of each registered offender are reviewed every ____ months.", ["12"]),
    ]
    assert not [r for q in kept for r in q.reasons if "trivia" in r]


def test_a_session_of_a_course_is_still_how_long_a_course_lasts(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Training\n\nEach online safety training session for new officers lasts 45 minutes.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "count"]
    blank = _held(held, "count", "Each online safety training session for new officers lasts ____ minutes.")
    assert "-0.35 trivia: how long a course or its sessions last (minutes)" in blank.reasons


def test_an_interval_of_tests_and_an_ordinal_are_not_a_course_or_a_count(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Licence conditions\n\nThe first polygraph session will be held within three months of release, then at intervals of about six months.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert [(q.rule, q.prompt, key(q)) for q in kept] == [
        ("count", "The first polygraph session will be held within ____ months of release, then at intervals of about six months.", ["three"]),
    ]
    interval = _held(held, "count", "The first polygraph session will be held within three months of release, then at intervals of about ____ months.")
    statement = _held(held, "true-statement", "The first polygraph session will be held within three months of release, then at intervals of about six months.")
    assert not [r for r in interval.reasons + statement.reasons if "trivia" in r]
    assert statement.score >= 0.6  # held only because its sibling ranks higher


def test_a_fronted_named_procedure_says_whose_rule_it_is_too(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Missing children\n\nUnder the Harbour Missing Children Procedure, a child who goes missing from care must be reported to the police within 2 hours of being found absent, and must be visited again by a social worker on return.\n"
    kept, held = drafted(tmp_path, text, matcher)
    every = kept + held
    assert [(q.prompt, q.stem_rule) for q in every if q.rule == "count"] == [
        ("Under the Harbour Missing Children Procedure, a child who goes missing from care must be reported to the police within ____ hours of being found absent.", "clause, law's name kept in front"),
    ]


def test_a_body_s_reporting_cycle_is_still_a_wait_for_a_report(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = "Oversight\n\nThe unit's performance figures are reported to the Harbour Safeguarding Board every six months.\n"
    kept, held = drafted(tmp_path, text, matcher)
    assert not [q for q in kept if q.rule == "count"]
    blank = _held(held, "count", "The unit's performance figures are reported to the Harbour Safeguarding Board every ____ months.")
    assert '-0.35 trivia: how long until a review or report ("report", months)' in blank.reasons


LINES_OF_ENQUIRY = """# Decision log: missing teenager

## Lines of enquiry

1. Friends: speak to the three school friends named by the mother.
2. Phone: request the subscriber details and the last cell site for the handset.
3. Transport: collect the station and bus CCTV from the afternoon onwards.
4. Places: visit the two flats linked to the earlier missing episode.
5. Online: identify the accounts that messaged the girl in the last week.
"""

SCREENING = """# Wellbeing policy

## Screening stages

- Before appointment: a structured interview with a clinical psychologist and a questionnaire.
- In post: a full assessment every year, or every six months for heavy viewers.
- At any other time: on request by the member of staff, or after a distressing case.
- On leaving the role: an exit interview and a follow-up appointment three months later.
"""

REAL_GLOSSARY = """# Terms used in this guide

- Grooming: a process by which an offender builds a child's trust in order to abuse the child.
- Disclosure: the moment when a child tells someone about abuse, in words or otherwise.
- Sextortion: the use of sexual images of a child to demand money or further images.
- Hash value: a fixed string computed from a file that identifies copies of that file.
"""


def _glossary_questions(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return [q.prompt for q in glossary_rules(analyse(read_source(path, tmp_path), "t", matcher))]


def test_a_labelled_list_of_actions_or_stages_is_no_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Labels over what to do ("speak to ...") or when ("In post"): a learner asked
    'Which term is defined as "collect the station and bus CCTV ..."?' is asked to match a
    heading to its own words. A list of real terms and definitions is still asked."""
    assert _glossary_questions(tmp_path, "log.md", LINES_OF_ENQUIRY, matcher) == []
    assert _glossary_questions(tmp_path, "screening.md", SCREENING, matcher) == []
    assert len(_glossary_questions(tmp_path, "terms.md", REAL_GLOSSARY, matcher)) == 4
