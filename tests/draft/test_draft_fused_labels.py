# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 19 (b4, a5): list numbers, question lines and instructions fused
into true/false statements. A list's bare number ("3  Keep ...") and an exam's part
("A2. List ...") are the item's marker; a questioner's "Q5:" in a transcript is a turn,
never a heading over the next answer; a true/false stem is never a question, an
instruction or a stem with a label in front (``cleaning.py``, ``cues.py``, ``claims.py``).
Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.choosing import choose
from curriculum.draft.pipeline import rules_for
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher


def analysed(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> Analysis:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "t", matcher)


def units(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of every kept unit."""
    doc = analysis.doc
    return [(s.kind, s.block.speaker if s.block else "", doc.display(s.start, s.end))
            for s in analysis.kept()]


def candidates(tmp_path: Path, name: str, text: str, matcher: ThemeMatcher) -> list[DraftQuestion]:
    kept, below = choose(rules_for(analysed(tmp_path, name, text, matcher), matcher))
    return kept + below


CARD = (
    "Pocket card: seized phones in grooming cases\n\n"
    "Keep this card with your notebook.\n\n"
    "The three rules for a seized phone:\n"
    "  1  Keep the phone switched on and in a signal bag.\n"
    "  2  If you must look at the screen, note what you saw and\n"
    "     when you saw it.\n"
    "  3  Record who handled the phone within 2 hours of seizure.\n\n"
    "12 officers were trained to use this card in 2024.\n"
)


def test_a_bare_number_that_runs_on_is_the_list_items_marker(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, "card.txt", CARD, matcher)
    assert units(analysis)[-5:] == [
        ("para", "", "The three rules for a seized phone:"),
        ("bullet", "", "Keep the phone switched on and in a signal bag."),
        ("bullet", "", "If you must look at the screen, note what you saw and when you saw it."),
        ("bullet", "", "Record who handled the phone within 2 hours of seizure."),
        ("para", "", "12 officers were trained to use this card in 2024."),  # a count, alone
    ]


def test_an_exam_part_is_the_items_marker(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Detective examination, Paper 2\n\n"
        "Answer every question in Section A.\n\n"
        "A1. Explain why a missing child is graded high risk within 20 minutes.\n"
        "A2. List the three rules for handling a seized phone.\n"
    )
    shown = [t for _, _, t in units(analysed(tmp_path, "paper.txt", text, matcher))]
    assert shown[-2:] == ["Explain why a missing child is graded high risk within 20 minutes.",
                          "List the three rules for handling a seized phone."]


BRIEFING = (
    "Media briefing: missing child appeal\n\n"
    "Transcript of the briefing held at police headquarters on the morning after the report.\n\n"
    "HV:   Good morning, everyone, and thank you for coming at short notice.\n\n"
    "SIO:  Good morning. We graded the report as high risk within ten minutes.\n\n"
    "HV:   Thank you. The officers here will answer what they can.\n\n"
    "SIO:  We have searched the park and the river bank since last night.\n\n"
    "HV:   We will take questions now. Please give your name and outlet.\n\n"
    "HV:   Thank you. Questions.\n\n"
    "Q1:   Will there be a public alert?\n\n"
    "SIO:  We keep that under review. If you have dashcam footage of the coast road, please send it to the missing persons unit within 48 hours.\n\n"
    "HV:   Sorry, can you use the microphone, please?\n\n"
    "Q2:   How many officers are searching?\n\n"
    "SIO:  -- forty officers today. If you see the child, please call 999 at once.\n"
)


def test_a_questioners_line_in_a_transcript_is_a_turn_not_a_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, "briefing.txt", BRIEFING, matcher)
    doc = analysis.doc
    turns = [(b.kind, b.speaker, doc.display(b.start, b.end)) for b in analysis.cleaned.blocks]
    assert turns[-5:] == [
        ("para", "Q1", "Will there be a public alert?"),
        ("para", "SIO", "We keep that under review. If you have dashcam footage of the coast road, please send it to the missing persons unit within 48 hours."),
        ("para", "HV", "Sorry, can you use the microphone, please?"),
        ("para", "Q2", "How many officers are searching?"),
        ("para", "SIO", "-- forty officers today. If you see the child, please call 999 at once."),
    ]
    assert [s.heading for s in analysis.kept()] == [""] * len(analysis.kept())
    assert units(analysis)[-2:] == [
        ("para", "SIO", "-- forty officers today."),
        ("para", "SIO", "If you see the child, please call 999 at once."),  # no question fused in front
    ]


def test_a_true_false_stem_is_never_a_question_or_an_instruction(tmp_path: Path, matcher: ThemeMatcher) -> None:
    statements = [q for q in candidates(tmp_path, "briefing.txt", BRIEFING, matcher)
                  if q.qtype == "true_false"]
    appeal = [q for q in statements if "please send it" in q.prompt]
    assert appeal and all(q.score == 0 for q in appeal)
    assert all(any("an instruction, advice or an appeal" in r for r in q.reasons)
               for q in appeal), [q.reasons for q in appeal]
    assert not [q for q in statements if "?" in q.prompt and q.score > 0]


def test_an_faq_question_is_never_carried_into_a_true_false_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "# Missing teenager procedure\n\n"
        "If you find a missing teenager, your duties are below.\n\n"
        "## What should I do if a missing teenager is found abroad?\n\n"
        "Send the return interview request to the liaison desk within 72 hours.\n"
    )
    found = candidates(tmp_path, "sop.md", text, matcher)
    assert [q.prompt for q in found if q.qtype == "true_false" and "?" in q.prompt] == []
    carried = [q.prompt for q in found if q.qtype != "true_false" and q.prompt.startswith("What")]
    assert ("What should I do if a missing teenager is found abroad? Send the return interview "
            "request to the liaison desk within ____ hours.") in carried  # a blank: kept on purpose


def test_a_label_in_front_of_a_stem_kills_it(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = (
        "Competency framework: victim identification\n\n"
        "Level descriptors for analysts in the online child exploitation unit.\n\n"
        "L2: passes a lead about a child at risk to the force within 1 hour of finding it.\n\n"
        "L3: leads a review of every unidentified child series within 30 days.\n"
    )
    labelled = [q for q in candidates(tmp_path, "levels.txt", text, matcher)
                if q.prompt.startswith(("L2", "L3"))]
    assert labelled
    assert all(q.score == 0 and any('a label fused in front of the sentence ("L' in r
                                    for r in q.reasons) for q in labelled), [(q.prompt, q.reasons) for q in labelled]
