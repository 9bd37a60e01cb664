# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 28: layouts and sentences the twenty-fifth session's blind texts
showed the pipeline misreading, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen

from curriculum.draft.cleaning import clean
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

BRIEF = """# Brief of the Harbour Rights Clinic as Amicus Curiae

## TABLE OF CONTENTS

Table of Authorities ii
Interest of the Amicus 1
I. A proposal to meet followed by travel is a material act;
the meeting need not take place 2
II. A child's apparent agreement is no defence 4
Conclusion 6

## TABLE OF AUTHORITIES

### Statutes

Online Offences Act 2019, s. 12 passim
Evidence Act 2015, ss. 3-5 5

### International instruments

Convention on the Rights of the Child, 20 Nov. 1989, arts.
1, 34 4
Convention on Cybercrime, CETS No. 185, 23 Nov. 2001,
art. 9 3

## INTEREST OF THE AMICUS

The clinic trains prosecutors in the law on offences against children. Under Article 1 of the Convention on the Rights of the Child, a child is every person below 18 years.
"""


def _paragraphs(tmp_path: Path, text: str, name: str = "brief.md") -> list[str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    return [" ".join(doc.display(b.start, b.end).split()) for b in clean(doc).blocks
            if b.kind != "heading"]


def test_a_table_of_contents_and_of_authorities_are_not_read_as_text(tmp_path: Path) -> None:
    """Entries ending with page numbers (wrapped ones too, and a line of page numbers alone)
    under "Table of Contents" and "Table of Authorities" and their own sub-headings are
    layout; the first paragraph of prose after them is read."""
    paragraphs = _paragraphs(tmp_path, BRIEF)
    assert paragraphs == ["The clinic trains prosecutors in the law on offences against children. Under Article 1 of the Convention on the Rights of the Child, a child is every person below 18 years."]


def test_lines_with_dot_leaders_are_contents_anywhere(tmp_path: Path) -> None:
    text = "# Guidance\n\nScope and purpose .......... 3\nReporting a concern .......... 5\n\nA concern is reported to the designated lead on the same day.\n"
    assert _paragraphs(tmp_path, text) == ["A concern is reported to the designated lead on the same day."]


def test_prose_ending_with_a_number_under_no_contents_heading_stays(tmp_path: Path) -> None:
    text = "# Notification\n\nA registered person must notify travel abroad at least\n21 days before departure under section 9.\n\nThe notice is checked on receipt; late notices are referred to the team on day\n2\n"
    paragraphs = _paragraphs(tmp_path, text)
    assert "A registered person must notify travel abroad at least 21 days before departure under section 9." in paragraphs


def test_a_caption_that_wraps_into_its_next_line_is_no_heading(tmp_path: Path) -> None:
    """ "Figure 1. ... User reports enter alongside" over "automated signals ...": one
    paragraph, never a heading with a fragment under it."""
    text = "# Pipeline\n\n[1] Signal -> [2] Review -> [3] Referral\n\nFigure 1. The reference pipeline. User reports enter at step 1 alongside\nautomated signals and never wait behind them.\n\n## Next\n\nText.\n"
    paragraphs = _paragraphs(tmp_path, text)
    assert "Figure 1. The reference pipeline. User reports enter at step 1 alongside automated signals and never wait behind them." in paragraphs
    assert not any(p.startswith("automated") for p in paragraphs)


def test_a_courses_learning_outcome_is_about_the_course(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Participants can name ..." under a session's aims states what the course intends,
    not a fact; a rule for officers with "can" stays."""
    text = "# Workshop guide\n\n## Session 6. Support\n\nAims. Participants can name signs of secondary traumatic stress and at least three supports.\n\nOfficers can request a Yellow Notice through the National Central Bureau to help locate a missing child.\n"
    kept, below = chosen(tmp_path, text, matcher)
    aims = [q for q in kept + below if q.prompt.startswith("Participants can name")]
    assert aims and all(q not in kept for q in aims)
    assert all(any("the text's audience as learners" in r for r in q.reasons) for q in aims)
    officers = [q for q in kept + below if "Officers can request" in q.prompt]
    assert not any("audience as learners" in r for q in officers for r in q.reasons)


def test_a_studys_year_and_sample_frame_its_finding(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "In the Washington State study of 1997, 74% ... within three hours": the statement
    asks the dated finding; the study's year and its sample in the fronted phrase are no
    trivia of their own."""
    text = "# The first hours\n\nIn the Washington State study of 1997, 74% of the children who were killed after an abduction were dead within three hours.\n\nIn a 2006 review of more than 700 cases, 60% of the reports reached police more than two hours after the child was missed.\n"
    kept, below = chosen(tmp_path, text, matcher)
    statements = [q for q in kept + below if q.rule == "true-statement"]
    assert len(statements) == 2
    for q in statements:
        assert not any("the year of a past event" in r or "what the review itself looked at" in r for r in q.reasons), q.reasons


def test_a_rule_after_the_sentence_naming_its_article_is_that_articles(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "A 'minor' is anyone under 18, although a party may set ..." after "Article 9 of the
    Convention on Cybercrime covers ...": the stem says whose rule, never the publisher's."""
    text = '---\ntitle: "Detecting grooming: a white paper"\nauthor: "Harrowgate Coalition for Safer Apps"\n---\n\n# Thresholds\n\nArticle 9 of the Convention on Cybercrime covers producing, offering, distributing and possessing such material through a computer system. A "minor" is anyone under 18, although a party may set a lower limit of not less than 16.\n'
    kept, below = chosen(tmp_path, text, matcher)
    minors = [q for q in kept + below if '"minor" is anyone under' in q.prompt]
    assert minors
    assert all(q.prompt.startswith("Under Article 9 of the Convention on Cybercrime, ") for q in minors), [q.prompt for q in minors]


def test_a_phrase_is_never_named_by_a_title_it_ends_or_a_cells_first_word(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "the abduction" is not "the Hague Convention on the Civil Aspects of International
    Child Abduction" (the title's head is "Convention"), and "the child" is not "the
    Independent child" of a flattened table's "Independent child advocacy service"."""
    text = "# Panel rules\n\nIn a case across borders the 1980 Hague Convention on the Civil Aspects of International Child Abduction is a civil return mechanism.\n\nAdvisory members: Housing partnership Independent child advocacy service Youth service\n\nIn the 1997 Washington State study of more than 600 cases, in 74% of the cases the child was dead within three hours of the abduction.\n"
    kept, below = chosen(tmp_path, text, matcher)
    found = [q for q in kept + below if "74%" in q.prompt and "____" not in q.prompt]
    assert found
    assert all(q.prompt.endswith("the child was dead within three hours of the abduction.") for q in found), [q.prompt for q in found]
