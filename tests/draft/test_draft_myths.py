# ruff: noqa: E501  (expected sentences are kept whole so they read as in the text)
"""Issue #9, round 20: a myth is the claim a text states in order to correct it. Under a
"Myth:" label, or as the first sentence of an item under a heading that names myths or
misconceptions, it is held (never a fact, never a true statement: a wrong key); the
correction ("Fact: ...") is content and stays. On a short text of our own."""

from __future__ import annotations

from pathlib import Path

from curriculum.draft.analysis import analyse
from curriculum.draft.choosing import choose
from curriculum.draft.questions import sentence_rules
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher

GUIDE = (
    "# Keeping children safe online: a guide for parents\n\n"
    "Online grooming is when an adult builds a relationship with a child in order to abuse them.\n\n"
    "## Myths and facts\n\n"
    "- Myth: Only strangers groom children online.\n"
    "- Fact: Most children who are groomed already know the adult from school, sport or family.\n"
    "- Myth: You must wait 24 hours before you report a missing child to the police. Officers will not come before then.\n"
    "- Fact: You can report a missing child at once; there is no waiting period.\n\n"
    "**Myth:** Boys are never targeted for sextortion.\n\n"
    "**Fact:** Most financially motivated cases involve boys aged 14 to 17.\n\n"
    "Trainer's note: Common misconception: \"parental controls stop grooming\". Talking with the child protects more than any setting.\n\n"
    "## Common misconceptions\n\n"
    "- Deleted messages are gone for good. Specialists can often recover them from the device.\n"
    "- A report to the platform is enough. Tell the police as well.\n\n"
    "## Reporting\n\n"
    "Reports to the police are answered within 1 hour.\n")

MYTHS = {
    "Myth: Only strangers groom children online.",
    "You must wait 24 hours before you report a missing child to the police.",
    "Officers will not come before then.",
    "Myth: Boys are never targeted for sextortion.",
    'Trainer\'s note: Common misconception: "parental controls stop grooming".',
    "Deleted messages are gone for good.",
    "A report to the platform is enough.",
}


def test_a_myth_is_held_and_its_correction_kept(tmp_path: Path, matcher: ThemeMatcher) -> None:
    path = tmp_path / "guide.md"
    path.write_text(GUIDE, "utf-8")
    analysis = analyse(read_source(path, tmp_path), "t", matcher)
    shown = {analysis.doc.display(s.start, s.end): s.dropped for s in analysis.sentences}
    held = {text for text, why in shown.items() if why == "a myth the text states in order to correct it, not a fact"}
    assert held == MYTHS
    for fact in ("Most children who are groomed already know the adult from school, sport or family.",
                 "You can report a missing child at once; there is no waiting period.",
                 "Fact: Most financially motivated cases involve boys aged 14 to 17.",
                 "Specialists can often recover them from the device.",
                 "Talking with the child protects more than any setting.",
                 "Reports to the police are answered within 1 hour."):
        assert shown[fact] == ""
    kept, _ = choose(sentence_rules(analysis, matcher))
    stems = " ".join(q.prompt for q in kept)
    assert "wait" not in stems and "never targeted" not in stems
