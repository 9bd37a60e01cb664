# ruff: noqa: E501  (texts and stems are kept whole so they read as a source does)
"""Issue #9, blind review 20 (a3, a4): the text of a proposal is no rule in force, whatever
was decided on it, and neither is an instrument's final clause. A minister's letter that
answers a committee's recommendations one by one sets each recommendation out (in italics,
under "Recommendation 5") before its answer ("**Not accepted.** ..."): asked, the
recommendation taught a 48-hour duty the letter rejects; the answer's own rule is asked. A
committee report's run-in "Recommendation 3:", a demand ("We call on ..."), a duty asked
for ("should be required to") and a recommendation reported ("The Committee recommended
that ...") are held the same way; and a treaty's entry-into-force clause is held as of no
use to an officer. Each on a short text of our own words, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.draft import nlp, proposed
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.final_clauses import final_clause
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    kept, below = choose(sentence_rules(analysis, matcher) + list_rules(analysis))
    return [*kept, *below]


def held(q: DraftQuestion) -> list[str]:
    return [r for r in q.reasons if r.startswith("not worth asking: part of a proposal")
            or "final clause" in r]


_LETTER = (
    "# Government response to the Committee's report on online child abuse\n\n"
    "Dear Chair,\n\n"
    "The Committee's recommendation is set out in italics, followed by the Government's position.\n\n"
    "## Recommendation 4\n\n"
    "*Every police force should set up a dedicated online abuse unit by 2028.*\n\n"
    "**Accepted.** Funding for the units was confirmed in March.\n\n"
    "## Recommendation 5\n\n"
    "*Officers should be required to visit every referred child within 48 hours.*\n\n"
    "**Not accepted.** A fixed limit for every referral would take officers from the children at most risk. "
    "The national triage standard requires every referral to be graded within 24 hours of receipt.\n\n"
    "## Recommendation 6\n\n"
    "*The Government should introduce a preservation period of 90 days for data held by service providers.*\n\n"
    "**Accepted in part.** The Government will legislate for a preservation period of 60 days, renewable once.\n"
)


def test_a_recommendation_answered_in_a_letter_is_held_and_the_answer_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = drafted(tmp_path, "letter.md", _LETTER, matcher)
    by_prompt = {q.prompt: q for q in questions}
    rejected = by_prompt["Officers should be required to visit every referred child within ____ hours."]
    assert ('not worth asking: part of a proposal (the text of "Recommendation 5", before any decision on it): '
            "a rule put forward, not one in force") in rejected.reasons
    accepted = [q for q in questions if "dedicated online abuse unit by" in q.prompt]
    assert accepted and all(held(q) for q in accepted)  # whatever was decided on it
    put = [q for q in questions if "introduce a preservation period of" in q.prompt]
    assert put and all(held(q) for q in put)
    grading = by_prompt["The national triage standard requires every referral to be graded within ____ hours of receipt."]
    assert not held(grading)
    legislated = by_prompt["The Government will legislate for a preservation period of ____ days, renewable once."]
    assert not held(legislated)  # the decision, after "Accepted in part."


_REPORT = (
    "# Protecting children online: report of the Home Affairs Committee\n\n"
    "## Our recommendations\n\n"
    "We heard that forces took 9 days on average to act on a referral.\n\n"
    "> ***Recommendation 3.*** *Forces should visit every referred child within 72 hours of the referral.*\n\n"
    "The Government replied that the national standard already requires every referral to be graded within 24 hours of receipt.\n\n"
    "In 2019 the Committee recommended that platforms report every image to the national centre within 12 hours.\n\n"
    "We call on the Ministry to set a limit of 36 hours for the removal of reported images.\n\n"
    "Every platform should be required to remove a reported image within 6 hours.\n"
)


def test_a_committees_run_in_recommendation_a_demand_and_a_duty_asked_for_are_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = drafted(tmp_path, "report.md", _REPORT, matcher)
    counts = {q.prompt: q for q in questions if q.rule == "count"}
    visit = [q for p, q in counts.items() if "Forces should visit every referred child within ____ hours" in p]
    assert visit and all('not worth asking: part of a proposal (the text of "Recommendation 3", before any decision on it): '
                         "a rule put forward, not one in force" in q.reasons for q in visit)
    reported = [q for p, q in counts.items() if "within ____ hours." in p and "platforms report" in p]
    assert reported and all('a recommendation reported ("Committee recommended that ...")' in " ".join(q.reasons) for q in reported)
    demand = [q for p, q in counts.items() if "limit of ____ hours" in p]
    assert demand and all('a demand ("We call on ...")' in " ".join(q.reasons) for q in demand)
    duty = [q for p, q in counts.items() if "remove a reported image within ____ hours" in p]
    assert duty and all('"should be required": a duty asked for' in " ".join(q.reasons) for q in duty)
    graded = [q for p, q in counts.items() if "graded within ____ hours" in p]
    assert graded and not [r for q in graded for r in held(q)]
    nine = [q for q in questions if "took ____ days" in q.prompt]
    assert not [r for q in nine for r in held(q)]  # the committee's evidence, not a proposal


@pytest.mark.parametrize(("heading", "before", "expected"), [
    ("Recommendation 5", "", "Recommendation 5"),
    ("Proposal 2: Raise the fee", "", "Proposal 2: Raise the fee"),
    ("Option B", "", "Option B"),
    ("The Committee's Recommendation 12", "", "The Committee's Recommendation 12"),
    ("Recommendations 1 to 3", "", ""),  # a group: its sentences are the document's own
    ("7. Recommendations", "", ""),  # a report's own (``own.py``)
    ("Findings", "\n\n**Recommendation 2:** ", "Recommendation 2"),
    ("Findings", "\n\nOur recommendation 2 of last year was ", ""),  # a mention, no label
])
def test_which_labels_name_one_proposal(heading: str, before: str, expected: str) -> None:
    assert proposed.labelled(heading, before) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("## Recommendation 5\n\n*", True),
    ("\n\n> ***Recommendation 1.*** *", True),
    ("<h2>Recommendation 5</h2>\n<p><em>", True),
    ("## Recommendation 5\n\n\u201c", True),
    ("## Recommendation 5\n\n*Police should act.* ", False),
    ("\n\n**Not accepted.** ", False),
])
def test_which_sentences_stand_in_italics_or_quotes(before: str, expected: bool) -> None:
    assert proposed.emphasised(before) is expected


@pytest.mark.parametrize(("text", "heading", "expected"), [
    ("This Protocol shall enter into force on the first day of the month following the deposit of the fifth instrument of ratification.", "Article 12", '"instrument of ratification"'),
    ("It shall enter into force three months after the date of deposit.", "Article 12", '"enter into force"'),
    ("This Protocol shall be open for signature by the Parties to the Convention.", "Article 11", '"open for signature"'),
    ("Any Party may denounce this Protocol by notification to the Secretary General.", "Article 14", '"denounce this Protocol"'),
    ("No reservation may be made in respect of any provision of this Protocol.", "Article 13", '"reservation may be made"'),
    ("The Secretary General shall notify the Parties of any signature.", "Chapter IV - Final clauses", 'under "Chapter IV - Final clauses"'),
    ("Termination shall take effect six months after the date of receipt of the notice.", "Article 10", '"Termination shall take effect"'),
    # the formula by which it enters into force for each State (blind review 18, b3)
    ("Entry into force for a particular State is the first day of the month following the expiry of a period of three months after the date on which it deposited its instrument.", "Notes", '"Entry into force for a particular State"'),
    ("For each signatory, the Protocol applies from the date on which it deposits its instrument.", "Article 20", '"deposits its instrument"'),
    ("The Convention entered into force on 1 July 2010.", "History", ""),  # history
    ("The Act enters into force on 1 July 2026.", "Commencement", ""),  # a domestic law's day
    ("Each Party shall ensure that a recorded interview may be accepted as evidence in court.", "Article 9", ""),
])
def test_which_sentences_are_final_clauses(text: str, heading: str, expected: str) -> None:
    [parsed] = nlp.parse([text])
    assert final_clause(parsed, heading) == expected


_PROTOCOL = """<html><head><title>Optional Protocol on online exploitation of children</title></head><body>
<h1>Optional Protocol to the Convention on the protection of children against online exploitation</h1>
<h2>Chapter II - Substantive law</h2>
<h3>Article 4</h3>
<p>Each Party shall ensure that a preservation order may be renewed once for a further period of 90 days.</p>
<h2>Chapter IV - Final clauses</h2>
<h3>Article 12</h3>
<p>This Protocol shall enter into force on the first day of the month following the expiration of a period of three months after the date on which five Parties have deposited their instruments of ratification.</p>
</body></html>
"""


def test_a_treatys_final_clauses_are_held_and_its_substance_asked(tmp_path: Path, matcher: ThemeMatcher) -> None:
    questions = drafted(tmp_path, "protocol.html", _PROTOCOL, matcher)
    force = [q for q in questions if "enter into force" in q.prompt]
    assert force and all(any(r.startswith("not worth asking: an instrument's final clause (") for r in q.reasons)
                         for q in force)
    renewed = [q for q in questions if "further period of ____ days" in q.prompt]
    assert renewed and not [r for q in renewed for r in held(q)]
