"""Issue #9, blind review 11b (V4): a translated statute. A translator's note in square
brackets inside a penalty sentence ended the sentence at its own full stop ("unbalanced
brackets"), its negation negated the penalty and a foreign word in it was read as an
English pronoun; a penalty whose offence is named by a gerund clause ("Keeping ... shall be
punished") had "no subject"; and two offences of one law with the same penalty were held
as one fact. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import run

from curriculum.draft.editorial import editorial_notes
from curriculum.draft.gerunds import gerund_subject
from curriculum.draft.nlp import parse

LAW = """# Online Safety of Minors Act 2031 (unofficial translation)

Square brackets hold the translator's notes.

## Section 12. Online grooming

An adult who uses an online service to arrange a meeting with a child for a sexual purpose
shall be punished by imprisonment of two to six years.

## Section 13. Online extortion

A person who threatens a child online to obtain images shall be punished by imprisonment
of four to nine years [the drafters used the word *shantazh*. The Act does not define it].

## Section 14. Keeping abuse images

Keeping or storing abuse images of a child on an online account, or knowingly viewing
them through an online service, shall be punished by imprisonment of two to six years.
"""


def drafted(project: Path, name: str, text: str) -> tuple[str, str]:
    (project / "sources" / name).write_text(text, "utf-8")
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    module = (project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8")
    return " ".join(module.split()), (project / "drafts" / "draft-audit.md").read_text("utf-8")


def test_a_translators_note_leaves_the_penalty_whole(project: Path) -> None:
    module, audit = drafted(project, "law.md", LAW)
    assert ("prompt: Under the Online Safety of Minors Act 2031, a person who threatens a child"
            " online to obtain images shall be punished by imprisonment of four to ____ years."
            ) in module
    assert "shantazh" not in module.split("quote:")[0]  # never in a stem
    assert "unbalanced brackets" not in audit
    assert "negated clause" not in audit
    assert '"me"' not in audit


def test_a_gerund_clause_is_the_offence_a_penalty_is_set_for(project: Path) -> None:
    module, audit = drafted(project, "law.md", LAW)
    assert ("prompt: Under the Online Safety of Minors Act 2031, keeping or storing abuse images"
            " of a child on an online account, or knowingly viewing them through an online"
            " service, shall be punished by imprisonment of two to ____ years.") in module
    assert "no subject with a finite verb" not in audit


def test_two_sections_with_the_same_penalty_are_two_facts(project: Path) -> None:
    module, audit = drafted(project, "law.md", LAW)
    assert ("prompt: Under the Online Safety of Minors Act 2031, an adult who uses an online"
            " service to arrange a meeting") in module
    assert "asks the same fact" not in audit


def test_what_is_a_note_and_what_is_an_insertion() -> None:
    text = ("The fine is 300 units [about 150 euro at the 2030 rate].\n"
            "The witness said she was afraid of [the accused man].\n"
            "Police said [the unit] had closed the case.\n"
            "The order lapses [sic].\n"
            "Seized phones are kept [in the store room]¹, then returned.\n")
    notes = [text[s:e] for s, e in editorial_notes(text)]
    assert notes == [" [about 150 euro at the 2030 rate]", " [in the store room]"]


def test_an_opening_gerund_is_a_subject_only_before_a_finite_verb() -> None:
    statute, instruction, adverbial = parse([
        "Selling such images, or offering them for sale, is an offence.",
        "Using the online form, record the time of the call.",
        "When using the online form, officers must record the time.",
    ])
    assert gerund_subject(statute)[0].dep_ == "csubj"
    assert gerund_subject(instruction)[0].dep_ != "csubj"
    assert gerund_subject(adverbial)[1].dep_ != "csubj"
