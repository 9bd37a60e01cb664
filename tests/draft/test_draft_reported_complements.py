# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 22 (a4): a stem is never cut between a verb and its complement.
"Europol reported in 2017, using NCMEC data, that ..." cut at the first comma gave the
statement "Europol reported in 2017.": a fragment with the finding gone (``clauses.trim``,
``_complement_cut``). A short text of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.questions import sentence_rules
from curriculum.draft.themes import ThemeMatcher

_SENTENCE = (
    "The Harwell Institute reported in 2021, using hotline data from nine countries, that grooming "
    "reports about boys rose far faster than those about girls (41% compared with 12%), while "
    "reports about girls rose mainly on gaming platforms where children are groomed online."
)


def test_a_report_is_never_cut_before_what_it_reports(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, _SENTENCE + "\n", matcher)
    stems = [q.prompt for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"]
    assert "The Harwell Institute reported in 2021." not in stems
    assert stems == [
        "The Harwell Institute reported in 2021, using hotline data from nine countries, that grooming "
        "reports about boys rose far faster than those about girls (41% compared with 12%)."
    ]


def test_a_limit_after_but_stays_with_its_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    sentence = ("Under Article 7 of the Harwell Convention on online grooming, a party may set the age of a "
                "child lower than 18 years for this offence, but not less than 16 years, when its law so provides "
                "for all sexual offences against children in its territory.")
    analysis = analysed(tmp_path, sentence + "\n", matcher)
    stems = [q.prompt for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"]
    assert stems and all("but not less than 16 years" in s for s in stems), stems


def test_a_finite_report_with_nothing_reported_is_killed_and_a_duty_to_report_is_not(tmp_path: Path, matcher: ThemeMatcher) -> None:
    from curriculum.draft.scoring import score
    text = ("Investigators reported in 2021 to the regional online grooming board.\n\n"
            "Officers must report every online grooming referral within 24 hours.\n")
    analysis = analysed(tmp_path, text, matcher)
    judged = {q.prompt: score(q) for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"}
    fragment = judged["Investigators reported in 2021 to the regional online grooming board."]
    assert fragment.final == 0 and any('a fragment: "reported" with nothing it reports' in r for r in fragment.reasons)
    duty = judged["Officers must report every online grooming referral within 24 hours."]
    assert not any("a fragment" in r for r in duty.reasons)


def test_a_relative_clause_is_not_dropped_when_its_tail_would_hang_on_the_main_clause(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Blind review 22 (a1): ", which lets a party ask another party to preserve data quickly,"
    dropped left "Albrenna is a party to the Convention pending a formal request ..., and
    requires each party to keep a contact point": the tail of the clause read as the main
    clause's (``tighten._predicate_follows``)."""
    sentence = ("Harwell is a party to the Council of Europe Convention on Cybercrime (the Budapest Convention), "
                "which lets a party ask another party to preserve stored computer data quickly, pending a formal "
                "request for mutual legal assistance, and requires each party to keep a contact point available "
                "24 hours a day for online child sexual exploitation cases.")
    analysis = analysed(tmp_path, sentence + "\n", matcher)
    stems = [q.prompt for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"]
    assert stems and not any("(the Budapest Convention) pending" in s for s in stems), stems
