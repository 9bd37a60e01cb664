# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, texts that report findings: a sentence whose subject follows a fronted phrase
(the parser hangs the subject on the phrase), and a finding whose subject is authors cited
with their year. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft import nlp
from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.fronted import cuts
from curriculum.draft.lists import list_rules
from curriculum.draft.questions import DraftQuestion, sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.statements import cited_finding
from curriculum.draft.themes import ThemeMatcher


def drafted(tmp_path: Path, text: str, matcher: ThemeMatcher) -> tuple[list[DraftQuestion], list[DraftQuestion]]:
    path = tmp_path / "text.txt"
    path.write_text(text, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    return choose(sentence_rules(analysis, matcher) + list_rules(analysis))


def one(questions: list[DraftQuestion], rule: str, start: str) -> DraftQuestion:
    found = [q for q in questions if q.rule == rule and q.prompt.startswith(start)]
    assert len(found) == 1, [(q.rule, q.prompt) for q in questions]
    return found[0]


def _subject(doc: object, verb: str) -> str:
    token = next(t for t in doc if t.text == verb)  # type: ignore[attr-defined]
    subject = next(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))
    return " ".join(t.text for t in subject.subtree)


# -- the parse: a fronted phrase gives its subject back --------------------------------------


def test_names_after_a_fronted_phrase_with_a_comma_are_the_subject() -> None:
    doc = nlp.parse(["In a review of eleven cohorts, Okafor, Lindqvist and Marr (2017) reported that 6.1% of the men were convicted again."])[0]
    assert _subject(doc, "reported") == "Okafor , Lindqvist and Marr ( 2017 )"


def test_a_subject_after_a_dated_participle_phrase_with_no_comma_is_the_subject() -> None:
    doc = nlp.parse(["In the year ending 30 June 2024 officers in Kestrel County recorded 3,915 reports of missing teenagers."])[0]
    assert _subject(doc, "recorded") == "officers in Kestrel County"
    ending = next(t for t in doc if t.text == "ending")
    assert ending.head.text == "year"  # the phrase keeps its own words


def test_an_instruction_after_a_fronted_phrase_keeps_its_parse() -> None:
    text = "In an emergency at the station, ring the duty inspector at once."
    doc = nlp.parse([text])[0]
    before = [(t.dep_, t.head.i) for t in nlp.parse_with([text], 1)[0]]
    assert [(t.dep_, t.head.i) for t in doc] == before  # no subject to give back
    assert cuts(nlp.parse_with(["The team met the families of 14 children."], 1)[0]) == []


# -- findings cited with their authors and year ------------------------------------------------


def test_a_finding_of_authors_cited_with_their_year_reaches_a_module(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Earlier work on reoffending\n\n"
        "Studies of men supervised after online offences are few. For men convicted of online "
        "offences in Europe, Okafor and Lindqvist (2017) found a reconviction rate of 6.1% "
        "over three years.\n"
    )
    kept, _ = drafted(tmp_path, text, matcher)
    question = one(kept, "true-statement", "For men convicted of online offences in Europe, Okafor and Lindqvist (2017) found")
    assert not [r for r in question.reasons if r.startswith("fatal") or "not worth" in r], question.reasons


def test_the_fronted_sample_of_a_cited_finding_is_not_what_the_item_asks(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Earlier work on reoffending\n\n"
        "In a review of eleven cohorts, Okafor, Lindqvist and Marr (2017) reported that 6.1% "
        "of men convicted of online offences were convicted of a new sexual offence within "
        "four years.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    question = one(kept, "true-statement", "In a review of eleven cohorts, Okafor, Lindqvist and Marr (2017) reported")
    assert not [r for r in question.reasons if r.startswith("fatal") or "trivia" in r], question.reasons
    sample = one(below, "count", "In a review of ____ cohorts")  # the sample's size stays out
    assert [r for r in sample.reasons if "trivia" in r], sample.reasons


def test_a_verb_of_finding_needs_a_study_or_a_cited_year() -> None:
    cited, bare, study = nlp.parse([
        "Marr et al. (2019) found a rate of 4.2% among first offenders.",
        "Marr found a rate of 4.2% among first offenders.",
        "A national survey found a rate of 4.2% among first offenders.",
    ])
    assert cited_finding(cited[:].root)
    assert not cited_finding(bare[:].root)  # a person's finding, with no source to date it
    assert cited_finding(study[:].root)


# -- a results list whose lead-in gives the date its figures run to ----------------------------

_RESULTS = (
    "# The Lantern search scheme\n\n"
    "## What the scheme has done\n\n"
    "The scheme opened in the spring of 2019. Figures to 30 September 2024:\n\n"
    "- 4,120 calls have been taken by the volunteers;\n"
    "- specialist officers have traced 23 missing children with help from the scheme;\n"
    "- 11 suspects have been charged.\n"
)


def test_an_item_of_a_results_list_is_dated_by_its_lead_in(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _RESULTS, matcher)
    question = one(kept + below, "count", "Up to 30 September 2024, specialist officers have traced ____ missing children")
    assert "dated by its list's lead-in, line 5" in question.stem_rule
    assert not [r for r in question.reasons if "no date" in r or "as of when" in r], question.reasons
    assert question.quote[0] == question.sentence.start  # a later item is quoted alone
    assert question.explanation.startswith('The source says: "Figures to 30 September 2024:" (line 5) ... "')


def test_an_item_under_a_lead_in_that_is_a_clause_is_not_dated_by_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _RESULTS.replace("Figures to 30 September 2024:", "The review team wrote in 2024 that:")
    kept, below = drafted(tmp_path, text, matcher)
    found = [q for q in kept + below if q.rule == "count" and "traced ____ missing" in q.prompt]
    assert found and all("dated by its list's lead-in" not in q.stem_rule for q in found)
    assert all(not q.prompt.startswith("Up to") for q in found)


# -- "each" with its noun: distributive, unless the set was just counted ----------------------


def test_each_with_its_noun_is_distributive_like_every(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# How the Harbour Watch appeal works\n\n"
        "Photographs of clothing from abuse images are shown on the appeal page. "
        "Each photograph stays on the page for up to 9 months, unless it is identified sooner.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    question = one(kept + below, "true-statement", "Each photograph stays on the page")
    assert not [r for r in question.reasons if "Each" in r], question.reasons


def test_each_with_a_noun_the_sentence_before_counted_points_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# The pilot\n\n"
        "Four forces joined the pilot in 2023. "
        "Each force must name a lead officer for missing children within 14 days.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    found = [q for q in kept + below if "ach force must name" in q.prompt]
    assert found
    assert all(any('points back: "Each force"' in r for r in q.reasons) for q in found), [q.reasons for q in found]


def test_a_rule_under_a_dated_lead_in_is_not_dated_by_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Changes to the missing child procedure\n\n"
        "The procedure of the Kestrel Valley Police changes next month. From 1 March 2026:\n\n"
        "- the duty sergeant must review every high-risk case within 2 hours;\n"
        "- the family must be visited by an officer within 24 hours of the report.\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    found = [q for q in kept + below if "must review every high-risk case" in q.prompt]
    assert found
    assert all(not q.prompt.startswith("From 1 March 2026") for q in found), [q.prompt for q in found]


# -- a paper's own results, named by its authors and year -------------------------------------

_PAPER = (
    "# Missing-from-care episodes and police response: a two-year cohort\n\n"
    "Published 14 May 2024\n\n"
    "Helena Marchetti, Jonas Whitby, Ruth Adeyemi\n\n"
    "## Abstract\n\n"
    "We followed 408 children reported missing from residential care in two counties. "
    "Within two years, 27% went missing again more than five times. "
    "The median stay in the sample was 14 months.\n"
)


def test_a_papers_own_share_is_asked_with_its_authors_and_year(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, _ = drafted(tmp_path, _PAPER, matcher)
    question = one(kept, "true-statement", "According to Marchetti et al. (2024), within two years, 27% went missing again")
    assert "the paper's authors and year" in question.stem_rule


def test_a_papers_own_design_or_method_stays_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _PAPER, matcher)
    assert not [q for q in kept if "median stay" in q.prompt or "We followed" in q.prompt or "408" in q.prompt]
    stay = one(below, "true-statement", "According to Marchetti et al. (2024), the median stay")
    assert [r for r in stay.reasons if "trivia" in r or r.startswith("not worth asking")], stay.reasons


def test_without_a_byline_a_result_keeps_no_source(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _PAPER.replace("Helena Marchetti, Jonas Whitby, Ruth Adeyemi\n\n", "")
    kept, below = drafted(tmp_path, text, matcher)
    found = [q for q in kept + below if "27% went missing" in q.prompt and q.rule == "true-statement"]
    assert found and all(not q.prompt.startswith("According to") for q in found)
    assert not [q for q in kept if "27% went missing" in q.prompt]


# -- a cut never falls inside brackets -----------------------------------------------------------


def test_a_long_sentence_is_cut_before_a_bracket_not_inside_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Related research\n\n"
        "The Kestrel Household Survey (2022) found that 5.2% of adults aged 16 to 59 reported being "
        "contacted online by an adult stranger before the age of 13 (Kestrel Office for National "
        "Statistics, published 4 October 2022).\n"
    )
    kept, below = drafted(tmp_path, text, matcher)
    found = [q for q in kept + below if q.prompt.startswith("The Kestrel Household Survey (2022) found")]
    assert found
    for q in found:
        assert not [r for r in q.reasons if "unbalanced brackets" in r], q.reasons
    statement = one(found, "true-statement", "The Kestrel Household Survey")
    assert statement.prompt.endswith("before the age of 13."), statement.prompt


# -- whose scheme: a public scheme's rule named from the page's title ----------------------------

_SCHEME = (
    "# Lost Shoes Line: tell us where you saw these shoes\n\n"
    "## How the scheme works\n\n"
    "Lost Shoes Line shows shoes seen in abuse images, so that the public can say where they "
    "were sold. The scheme is run by the victim identification team.\n\n"
    "Every message is read by a victim identification officer within 3 working days.\n"
)


def test_a_schemes_rule_over_an_unnamed_set_is_named_from_the_title(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = drafted(tmp_path, _SCHEME, matcher)
    question = one(kept + below, "true-statement", "In the Lost Shoes Line scheme, every message is read by a victim identification officer within 3 working days.")
    assert "whose scheme: the title's name" in question.stem_rule


def test_without_a_name_in_the_title_the_rule_is_left_as_it_is(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = _SCHEME.replace("# Lost Shoes Line: tell us where you saw these shoes", "# Tell us where you saw these shoes")
    kept, below = drafted(tmp_path, text, matcher)
    question = one(kept + below, "true-statement", "Every message is read by a victim identification officer")
    assert "whose scheme" not in question.stem_rule
