"""Fragments and blanks with several fillers are held back (issue #9, held-out-4 classes).

Each text is our own; the expected outcome is the score and the fatal reason the audit
shows for the candidate, or the candidate reaching the threshold in its whole form.
"""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed

from curriculum.draft.lists import list_rules
from curriculum.draft.questions import sentence_rules
from curriculum.draft.scoring import THRESHOLD, score
from curriculum.draft.themes import ThemeMatcher


def judged(tmp_path: Path, text: str, matcher: ThemeMatcher) -> dict[str, tuple[float, list[str]]]:
    analysis = analysed(tmp_path, text, matcher)
    out = {}
    for q in sentence_rules(analysis, matcher) + list_rules(analysis):
        result = score(q)
        out[q.prompt] = (result.final, [r for r in result.reasons if r.startswith("fatal")])
    return out


REVIEW = (
    "Regional review of missing-person referrals\n\n"
    "The Northfield coroner's review of 2021, which examined more than 400 case files from "
    "three counties over a period of ten years in considerable detail, was the first attempt "
    "to measure how often early searches failed.\n\n"
    "The national helpline said for 2023 that, of the nearly 9,000 calls it took from worried "
    "parents who had lost contact with a teenager, about one in five concerned a child who had "
    "been contacted by a stranger online.\n"
)


def test_a_long_sentence_is_cut_only_after_a_whole_clause(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    found = judged(tmp_path, REVIEW, matcher)
    # the first comma after "9,000 calls" sits before the verb of "that, of ...": the cut
    # moves on to the first boundary where every clause is whole
    assert ("The national helpline said for 2023 that, of the nearly 9,000 calls it took from "
            "worried parents who had lost contact with a teenager, about one in five concerned a "
            "child.") in found
    # a figure in a relative clause: no boundary after it closes the main clause, so the
    # sentence is not cut (its "was" stays)
    assert [p for p in found if p.startswith("The Northfield coroner's review of 2021, which")
            and not p.endswith("early searches failed.")] == []
    assert not [p for p in found if p.endswith("from worried parents.")]


def test_a_stem_cut_inside_a_clause_is_fatal(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Whatever rule cut it: a stem whose words hang from a word it leaves out."""
    analysis = analysed(tmp_path, REVIEW, matcher)
    statements = [q for q in sentence_rules(analysis, matcher) if q.qtype == "true_false"]
    text = analysis.doc.text
    for q in statements:
        sentence = text[q.sentence.start : q.sentence.end]
        for cut in (", was the first", " who had lost"):
            if cut in sentence:
                q.pieces = ((q.sentence.start, q.sentence.start + sentence.index(cut)),)
    fatal = sorted(r for q in statements for r in score(q).reasons if r.startswith("fatal"))
    assert fatal == [
        'fatal: cut inside a clause: "review" belongs to "was", which the stem leaves out',
        'fatal: cut inside a clause: "that" belongs to "concerned", which the stem leaves out',
    ]


def test_a_main_clause_with_no_verb_of_its_own_is_fatal(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Evaluation of the guide\n\n"
        "The evaluation of the guide in 2023, which compared 140 cases of missing children "
        "handled before and after it came into force.\n"
    )
    found = judged(tmp_path, text, matcher)
    blank = ("The evaluation of the guide in 2023, which compared ____ cases of missing children "
             "handled before and after it came into force.")
    assert found[blank] == (0.0, ['fatal: the main clause has no verb ("evaluation" heads it): '
                                  "only a relative or subordinate clause has one"])
    # a main verb the parser hung elsewhere ("face" read as a modifier) is not a missing one
    misread = judged(tmp_path, "Notification\n\nRegistered offenders who fail to notify a "
                     "journey face up to five years' imprisonment.\n", matcher)
    assert [v for v, fatal in misread.values() if v >= THRESHOLD and not fatal]


def test_a_sentence_ending_on_a_bare_preposition_is_fatal(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    # a line break read as a paragraph end leaves "at" with nothing after it
    text = (
        "Extraterritorial jurisdiction\n\n"
        "Courts may try some offences committed abroad by their own nationals.\n\n"
        "Without double criminality, travelling sex offenders can be prosecuted at\n\n"
        "home for acts committed abroad.\n\n"
        "Officers who seize a phone must record it within 24 hours in the register they keep "
        "the exhibits in.\n"
    )
    found = judged(tmp_path, text, matcher)
    assert found["Without double criminality, ____ can be prosecuted at."] == (
        0.0, ['fatal: ends on "at" with nothing after it (a cut sentence)'])
    # a preposition stranded in a relative clause is English, not a cut
    kept = ("Officers who seize a phone must record it within ____ hours in the register they "
            "keep the exhibits in.")
    assert found[kept][0] >= THRESHOLD


def test_blanks_other_members_of_the_class_fill_are_held_back(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    negated = judged(tmp_path, "Notices and alerts\n\nA Green Notice is not a travel ban and "
                     "does not stop a person from leaving.\n", matcher)
    assert negated == {"A ____ is not a travel ban and does not stop a person from leaving.": (
        0.0, ['fatal: the blank sits in a negated clause ("is not"): other members of its class '
              "fit it as well"])}
    bare = judged(tmp_path, "Notices and alerts\n\nA Green Notice is an INTERPOL notice.\n",
                  matcher)
    assert bare["A ____ is an INTERPOL notice."][1] == [
        'fatal: "is an INTERPOL notice" only names the class: other members of it fit the '
        "blank as well"]
    # the defining property makes the blank one notice only: kept
    defined = judged(tmp_path, "Notices and alerts\n\nA Green Notice is an INTERPOL notice that "
                     "warns other countries about a person likely to repeat a sexual offence "
                     "abroad.\n", matcher)
    assert [v for v, fatal in defined.values() if not fatal and v >= THRESHOLD]


def test_a_pronoun_never_stands_for_the_subject_of_its_own_verb(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    text = (
        "Notices and alerts\n\n"
        "Each member country keeps a list of the notices it has asked for.\n\n"
        "The General Secretariat calls it the main tool against travelling sex offenders.\n"
    )
    found = judged(tmp_path, text, matcher)
    blank = "The General Secretariat calls it the main tool against ____."
    assert found[blank][0] < THRESHOLD
