"""Exam items: a stem, its lettered options and the stated key (``exams.py``).

Each test is a short quiz of our own with the exact outcome expected: the wrong options
are held back with their reason, the keyed option is read with its stem as one sentence,
the key line is held, and with no key stated nothing is read as an exam item.
"""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.reading import read_source
from curriculum.draft.scoring import THRESHOLD
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Sex offender management",
                               "keywords": ["sex offender", "register"]}]}
).themes

ONE_PER_LINE = """ORLAND CONSTABULARY PROBATIONER QUIZ

Q1. Under the Offender Register Act 2031, a registered sex offender who
    moves house must tell the register keeper within:
    (a) 24 hours
    (b) 3 days
    (c) 14 days
    (d) 28 days
    Answer: (b) 3 days. [1 mark]

Q2. The duty officer reviews every open register case at the end of the month.
"""

SHARED_LINES = """ORLAND CONSTABULARY PROBATIONER QUIZ

Answer every question. Each correct answer carries one mark, and there is no negative
marking for a wrong answer, so attempt them all before the time is up.

Q1. A registered sex offender who plans to travel abroad must notify the
    register keeper at least:
    (a) 2 days before  (b) 7 days before
    (c) 21 days before  (d) 30 days before
    MODEL ANSWER: (b) 7 days before. [1 mark]
"""

NEXT = "The duty officer reviews every open register case at the end of the month."

NO_KEY = ONE_PER_LINE.replace("    Answer: (b) 3 days. [1 mark]\n", "")

ASKS = """ORLAND CONSTABULARY PROBATIONER QUIZ

Q1. Which office keeps the sex offender register in Orland?
    (a) the Harbour Office
    (b) the Register Bureau
    (c) the Mint
    (d) the Weather Service
    Key: B
"""


def _analysed(tmp_path: Path, text: str) -> Analysis:
    path = tmp_path / "quiz.txt"
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))


def _bullets(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(the item's words, why it is held or "", the stem shown in front or "")."""
    doc = analysis.doc
    return [(doc.display(s.start, s.end), s.dropped, s.joined)
            for s in analysis.sentences if s.kind == "bullet"]


def test_the_keyed_option_is_read_with_its_stem_and_the_wrong_ones_are_held(
        tmp_path: Path) -> None:
    analysis = _analysed(tmp_path, ONE_PER_LINE)
    stem = ("Under the Offender Register Act 2031, a registered sex offender who moves house "
            "must tell the register keeper within")
    wrong = "an option of an exam question that its key (b) does not name"
    got = _bullets(analysis)
    assert [(text, held.split(":")[0], joined) for text, held, joined in got] == [
        ("24 hours", wrong, ""),
        ("3 days", "", stem),
        ("14 days", wrong, ""),
        ("28 days", wrong, ""),
    ]
    keyed = next(s for s in analysis.kept() if s.kind == "bullet")
    assert keyed.whole and analysis.is_statement(keyed)


def test_the_key_line_is_held_and_the_next_question_is_read(tmp_path: Path) -> None:
    analysis = _analysed(tmp_path, SHARED_LINES + "\nQ2. " + NEXT + "\n")
    assert not [s for s in analysis.kept() if s.line == 10]  # the model answer's line
    shown = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert NEXT in shown


def test_an_option_sharing_its_line_is_cut_to_its_own_words(tmp_path: Path) -> None:
    analysis = _analysed(tmp_path, SHARED_LINES)
    kept = [(analysis.doc.display(s.start, s.end), s.joined) for s in analysis.kept()
            if s.kind == "bullet"]
    assert kept == [("7 days before", "A registered sex offender who plans to travel abroad "
                                      "must notify the register keeper at least")]
    held = [analysis.doc.display(s.start, s.end) for s in analysis.sentences
            if s.dropped.startswith("an option of an exam question")]
    assert held == ["21 days before (d) 30 days before"]


def test_with_no_key_stated_no_option_is_held(tmp_path: Path) -> None:
    analysis = _analysed(tmp_path, NO_KEY)
    assert [held for _, held, _ in _bullets(analysis)] == ["", "", "", ""]
    assert not any(s.stem is not None for s in analysis.sentences)


def test_the_options_of_a_stem_that_asks_are_all_held(tmp_path: Path) -> None:
    analysis = _analysed(tmp_path, ASKS)
    reasons = [held.split(":")[0] for _, held, _ in _bullets(analysis)]
    wrong = "an option of an exam question that its key (b) does not name"
    assert reasons == [wrong, "the keyed option (b) of an exam question that asks", wrong,
                       wrong]
    assert not [s for s in analysis.kept() if s.kind == "bullet"]


def _drafted(tmp_path: Path, text: str) -> dict[str, object]:
    """Every candidate of the text by its stem, with its score and reasons."""
    from curriculum.draft.choosing import choose
    from curriculum.draft.pipeline import rules_for

    analysis = _analysed(tmp_path, text)
    chosen, below = choose(rules_for(analysis, ThemeMatcher(THEMES)))
    return {q.prompt: q for q in chosen + below}


def test_the_keyed_figure_is_asked_as_the_rule_its_stem_sets(tmp_path: Path) -> None:
    drafted = _drafted(tmp_path, ONE_PER_LINE)
    prompt = ("Under the Offender Register Act 2031, a registered sex offender who moves "
              "house must tell the register keeper within ____ days.")
    assert prompt in drafted
    question = drafted[prompt]
    assert [o for o, right in question.options if right] == ["3"]  # type: ignore[attr-defined]
    assert not any("not worth" in r for r in question.reasons)  # type: ignore[attr-defined]
    assert question.quote == (ONE_PER_LINE.index("3 days"),  # type: ignore[attr-defined]
                              ONE_PER_LINE.index("3 days") + len("3 days"))
    wrong = [p for p in drafted if "24" in p or "14" in p or "28" in p]
    assert wrong == []  # no wrong option is asked, not even as a distractor's sentence


def test_a_question_with_its_key_is_asked_with_the_texts_own_options(tmp_path: Path) -> None:
    drafted = _drafted(tmp_path, ASKS)
    choice = [q for q in drafted.values() if q.rule == "exam-choice"]  # type: ignore[attr-defined]
    assert [(q.prompt, q.options) for q in choice] == [(  # type: ignore[attr-defined]
        "Which office keeps the sex offender register in Orland?",
        [("the Harbour Office", False), ("the Register Bureau", True), ("the Mint", False),
         ("the Weather Service", False)])]
    assert choice[0].score >= THRESHOLD  # type: ignore[attr-defined]
    assert choice[0].explanation == (  # type: ignore[attr-defined]
        'The source asks: "Which office keeps the sex offender register in Orland?" (line 3); '
        "its key is (b) the Register Bureau.")


MIXED = ASKS.replace("(c) the Mint", "(c) the register is kept by nobody at all")


def test_options_of_mixed_kinds_give_no_choice_question(tmp_path: Path) -> None:
    drafted = _drafted(tmp_path, MIXED)
    assert not [q for q in drafted.values() if q.rule == "exam-choice"]  # type: ignore[attr-defined]
    assert [held.split(":")[0] for _, held, _ in _bullets(_analysed(tmp_path, MIXED))][1] == (
        "the keyed option (b) of an exam question that asks")


QUIZ_MD = """# Probationer quiz: offender management

Answer every question below. Each correct answer carries one mark, and there is no
negative marking.

1. Under the Offender Register Act 2031, a registered sex offender who moves house must
   tell the register keeper within:
   a) 24 hours
   b) 3 days
   c) 14 days
   d) 28 days

   **Answer:** b

2. Which office keeps the sex offender register in Orland?
   a) the Harbour Office
   b) the Register Bureau
   c) the Mint
   d) the Weather Service

   **Correct answer:** (b)
"""

QUIZ_HTML = """<html><head><title>Probationer quiz</title></head><body>
<h1>Probationer quiz: offender management</h1>
<p>Answer every question below. Each correct answer carries one mark.</p>
<p>1. Under the Offender Register Act 2031, a registered sex offender who moves house must
tell the register keeper within:</p>
<ol type="a"><li>24 hours</li><li>3 days</li><li>14 days</li><li>28 days</li></ol>
<p>Answer: (b)</p>
<h3>2. Which office keeps the sex offender register in Orland?</h3>
<ol type="a"><li>the Harbour Office</li><li>the Register Bureau</li><li>the Mint</li>
<li>the Weather Service</li></ol>
<p><strong>Key:</strong> B</p>
</body></html>
"""


def test_a_numbered_quiz_in_markdown_and_html_is_read_the_same(tmp_path: Path) -> None:
    """Numbered questions in the list of their options, options with no letters of their
    own (an HTML list counts by place), the key behind markup: the same two items."""
    for name, text in (("quiz.md", QUIZ_MD), ("quiz.html", QUIZ_HTML)):
        path = tmp_path / name
        path.write_text(text, "utf-8")
        analysis = analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))
        doc = analysis.doc
        keyed = [(doc.display(s.start, s.end), bool(s.joined)) for s in analysis.kept()
                 if s.stem is not None]
        assert keyed == [("3 days", True)], name
        assert [(doc.display(e.stem.start, e.stem.end), e.key) for e in analysis.exams] == [
            ("Which office keeps the sex offender register in Orland?", "b")], name
        held = [doc.display(s.start, s.end) for s in analysis.sentences
                if s.dropped.startswith("an option of an exam question")]
        assert held == ["24 hours", "14 days", "28 days", "the Harbour Office", "the Mint",
                        "the Weather Service"], name


TRUE_FALSE = """# Knowledge check: the offender register

Work through these before the next screen.

1. True or false: the register keeper may share an offender's new address with any
   neighbour who asks. (Answer: false; only agencies named in the protocol receive it.)
2. True or false: a registered sex offender must report a new address within 3 days.
   (Answer: true.)
3. The register keeper must be told of every foreign trip. (True/False)
"""


def test_a_true_or_false_item_is_a_statement_only_when_its_key_says_true(
        tmp_path: Path) -> None:
    path = tmp_path / "check.md"
    path.write_text(TRUE_FALSE, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))
    held = [(analysis.doc.line_of(s.start), s.dropped) for s in analysis.sentences
            if s.dropped.startswith("a true-or-false item")]
    assert held == [
        (5, "a true-or-false item its key marks false: never asked as a fact"),
        (9, "a true-or-false item with no key stated: its truth is not known"),
        (9, "a true-or-false item with no key stated: its truth is not known"),
    ]
    assert "The register keeper must be told of every foreign trip." not in [
        analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    kept = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert "A registered sex offender must report a new address within 3 days." not in kept
    assert "a registered sex offender must report a new address within 3 days." in kept
