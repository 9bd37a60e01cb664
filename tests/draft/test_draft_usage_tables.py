# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, rule documents that gave no question (held-out-17, b3): a table of wording
rules ("Use | Do not use | Why") gave nothing, because a row is no sentence and its cells
are terms, not lengths of time. Here each row of such a table asks which term to use
instead of the one to avoid, with the table's other terms to use as options (of the key's
kind, a term for people or for a thing, when two or more such remain: blind review 23, b5's
"suspect, offender" against "child sexual abuse material"); a row whose term to avoid holds
its answer's word is not asked. Short tables of our own, with the
exact questions drafted."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.draft.usage_tables import usage_rules


def asked(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return usage_rules(analyse(read_source(path, tmp_path), "t", matcher))


WORDING = """# Writing case notes: a style sheet

## Words in case notes

| Preferred term | Avoid | Reason |
|---|---|---|
| young person who was exploited | "rent boy", "child prostitute" | A child cannot consent to being exploited. |
| abuse image | "explicit photo" | The image records a crime against a child. |
| missing from care | "absconder" | The child is at risk, not at fault. |
| online extortion of a child | "extortion scam" | The plain name says it is a crime. |
| coercive control | "relationship drama" | It names the behaviour of the one in control. |
"""


def test_each_row_of_a_wording_table_asks_the_term_to_use_instead(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The column headed "Preferred term" gives the key, the one headed "Avoid" the stem,
    and the other rows' preferred terms the options. "extortion scam" holds "extortion",
    a word of its key that no other option holds: that row gives its answer away and is
    not asked."""
    questions = asked(tmp_path, "style.md", WORDING, matcher)
    assert [(q.prompt, q.options) for q in questions] == [
        ('Which term should be used instead of "rent boy", "child prostitute"?',
         [("abuse image", False), ("missing from care", False), ("online extortion of a child", False),
          ("young person who was exploited", True)]),
        # a term for a thing or an act is not offered a term for people ("young person
        # who was exploited") as a wrong option while three of its own kind remain
        ('Which term should be used instead of "explicit photo"?',
         [("abuse image", True), ("coercive control", False), ("missing from care", False),
          ("online extortion of a child", False)]),
        ('Which term should be used instead of "absconder"?',
         [("abuse image", False), ("coercive control", False), ("missing from care", True),
          ("online extortion of a child", False)]),
        ('Which term should be used instead of "relationship drama"?',
         [("abuse image", False), ("coercive control", True), ("missing from care", False),
          ("online extortion of a child", False)]),
    ]
    doc = questions[1].analysis.doc
    assert doc.display(*questions[1].key) == "abuse image"


def test_a_wording_tables_questions_are_scored_as_whole_stems(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The stem is built whole, not cut from a sentence: the grammar check of a sentence's
    stem ("no subject with a finite verb") does not hold it back."""
    kept, below = choose(asked(tmp_path, "style.md", WORDING, matcher))
    assert not [r for q in below for r in q.reasons if "finite verb" in r]
    assert all(q.score >= 0.6 for q in kept + below)


HTML = """<html><head><title>Press office guide</title></head><body>
<h1>Press office guide</h1>
<table>
<tr><th>Use</th><th>Do not use</th><th>Why</th></tr>
<tr><td>abuse image</td><td>"explicit photo"</td><td>It records a crime.</td></tr>
<tr><td>missing from care</td><td>"absconder"</td><td>The child is at risk.</td></tr>
<tr><td>coercive control</td><td>"relationship drama"</td><td>It names the behaviour.</td></tr>
</table>
<table>
<tr><th>Term</th><th>Meaning</th><th>Source</th></tr>
<tr><td>abuse image</td><td>an image that records the abuse of a child</td><td>Style sheet</td></tr>
<tr><td>missing from care</td><td>a looked-after child whose whereabouts are not known</td><td>Style sheet</td></tr>
<tr><td>coercive control</td><td>a pattern of controlling acts</td><td>Style sheet</td></tr>
<tr><td>absconder</td><td>an old word for a child missing from care</td><td>Style sheet</td></tr>
</table>
</body></html>
"""


def test_a_table_of_three_terms_or_of_terms_and_meanings_asks_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """Three rows give a key and two options only; a table whose headers say nothing of
    use and avoidance ("Term | Meaning") is not a wording table."""
    assert asked(tmp_path, "guide.html", HTML, matcher) == []


def test_which_terms_name_people() -> None:
    from curriculum.draft.usage_tables import names_people

    people = ["suspect, offender", "child victim", "young person who was exploited", "victims and survivors"]
    things = ["child sexual abuse material (CSAM)", "sexual communication with a child",
              "online sexual coercion and extortion of a child", '"self-generated" sexual material, or coerced sharing']
    assert [names_people(t) for t in people] == [True] * 4
    assert [names_people(t) for t in things] == [False] * 4
