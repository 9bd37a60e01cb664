# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, round 20: a list of the parts of a named whole is no glossary of definitions.
When the lead-in of a list counts its items and names their set ("as the "four pillars":"
over four labelled items), each item's question names the whole ('Of the "four pillars",
which covers ...?') instead of asking which "term" is defined. A list under a lead-in with
no count, or a count of something else, keeps the glossary's question. Blind review 19 a4
(the Lanzarote Convention's "4 Ps", all four edited to name the whole). On short texts of
our own."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.glossary import glossary_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

ITEMS = (
    "- **Awareness** - courses that teach frontline staff the signs of online grooming;\n"
    "- **Response** - referral routes, specialist teams and advice lines open day and night;\n"
    "- **Recovery** - long-term therapeutic support for children and their families;\n"
    "- **Reduction** - faster removal of known abuse material by the platforms that host it.\n\n"
    "The strategy is reviewed every three years.\n")


def prompts(tmp_path: Path, lead: str, matcher: ThemeMatcher) -> dict[str, str]:
    """The stem of each glossary question kept for a module, by its key."""
    path = tmp_path / "text.md"
    path.write_text("# The Harbour Strategy\n\nThe Harbour Strategy is the national plan "
                    "against the online exploitation of children, adopted in 2024.\n\n"
                    f"{lead}\n\n{ITEMS}", "utf-8")
    kept, _ = choose(glossary_rules(analyse(read_source(path, tmp_path), "t", matcher)))
    return {next(t for t, ok in q.options if ok): q.prompt for q in kept}


def test_the_parts_of_a_counted_whole_are_asked_by_the_whole(tmp_path: Path, matcher: ThemeMatcher) -> None:
    lead = 'Ministers describe the approach of the strategy as the "four pillars":'
    assert prompts(tmp_path, lead, matcher) == {
        "Awareness": 'Of the "four pillars", which covers "courses that teach frontline staff the signs of online grooming"?',
        "Response": 'Of the "four pillars", which covers "referral routes, specialist teams and advice lines open day and night"?',
        "Recovery": 'Of the "four pillars", which covers "long-term therapeutic support for children and their families"?',
        "Reduction": 'Of the "four pillars", which covers "faster removal of known abuse material by the platforms that host it"?',
    }


def test_a_count_without_its_article_or_after_a_possessive_reads_as_the(tmp_path: Path, matcher: ThemeMatcher) -> None:
    lead = "The strategy rests on its four strands of work:"
    assert prompts(tmp_path, lead, matcher)["Recovery"] == (
        'Of the four strands of work, which covers "long-term therapeutic support for children and their families"?')


def test_a_lead_in_with_no_count_of_the_items_keeps_the_glossary(tmp_path: Path, matcher: ThemeMatcher) -> None:
    for lead in ("Key terms of the strategy:", "The plan of 4 ministries has these strands:"):
        assert prompts(tmp_path, lead, matcher)["Recovery"] == (
            'Which term is defined as "long-term therapeutic support for children and their families"?')
