"""What a trainer gets from ``curriculum build --format pdf``: files, pages, markings, structure."""

from __future__ import annotations

import re

import pytest
from pdf_support import Built
from pypdf import PdfReader

MODULES = {"amber-module": "TLP:AMBER", "green-module": "TLP:GREEN"}
KINDS = ("learner", "trainer", "quiz", "answer-key")


def all_pdfs() -> list[tuple[str, str]]:
    """(file name, expected marking) for every PDF of the fixture build."""
    out = [(f"{m}.{k}.pdf", tlp) for m, tlp in MODULES.items() for k in KINDS]
    return [*out, ("curriculum.pdf", "TLP:AMBER")]  # the book takes the strictest marking


def test_writes_four_pdfs_per_module_and_the_course_book(fixture_build: Built) -> None:
    names = sorted(p.name for p in fixture_build.out.iterdir())
    assert names == sorted(name for name, _ in all_pdfs())


@pytest.mark.parametrize(("name", "marking"), all_pdfs())
def test_every_page_carries_marking_and_page_x_of_y(
    fixture_build: Built, name: str, marking: str
) -> None:
    pages = fixture_build.pages(name)
    assert len(pages) >= 1
    for number, text in enumerate(pages, 1):
        assert text.count(marking) >= 2, f"{name} page {number}: marking not in header and footer"
        assert f"Page {number} of {len(pages)}" in text


@pytest.mark.parametrize(("name", "marking"), all_pdfs())
def test_tagged_pdf_with_language_title_and_build_date(
    fixture_build: Built, name: str, marking: str
) -> None:
    reader = PdfReader(fixture_build.pdf(name))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en"
    meta = reader.metadata
    assert meta is not None
    assert meta["/CreationDate"] == "D:20261129000000Z"  # curriculum.yaml date, not the clock
    assert meta["/ModDate"] == "D:20261129000000Z"
    assert meta.title
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4 by default


def test_page_counts_are_sane(fixture_build: Built) -> None:
    counts = {name: len(fixture_build.pages(name)) for name, _ in all_pdfs()}
    assert 3 <= counts["amber-module.learner.pdf"] <= 6
    assert counts["amber-module.trainer.pdf"] > counts["amber-module.learner.pdf"]
    assert 1 <= counts["amber-module.quiz.pdf"] <= 4
    assert 1 <= counts["amber-module.answer-key.pdf"] <= 4
    book = counts["curriculum.pdf"]
    assert book >= counts["amber-module.learner.pdf"] + counts["green-module.learner.pdf"] - 2


def test_cover_shows_what_a_trainer_needs(fixture_build: Built) -> None:
    cover = fixture_build.pages("amber-module.learner.pdf")[0]
    for expected in ("LEARNER HANDOUT", "The first fixture theme", "90 minutes", "Intermediate",
                     "investigators, analysts", "TLP:AMBER", "Fixture Academy", "1.2.3",
                     "29 November 2026"):
        assert expected in cover


def test_learner_handout_has_advisory_objectives_toc_references_and_self_care(
    fixture_build: Built,
) -> None:
    text = fixture_build.text("amber-module.learner.pdf")
    order = ["Content advisory", "Fixture advisory text", "Learning objectives",
             "Recall the facts of the fixture.", "Contents", "Opening section",
             "Forty-two teams used the shared checklist in the first year.", "References",
             "Fixture source notes", "A shared bibliographic report", "Looking after yourself",
             "Fixture self-care note"]
    start = text.find("Contents", text.find("Learning objectives"))
    body = text[start + len("Contents"):]  # after the table of contents
    assert all(item in text for item in order[:5])
    assert in_order(body, order[5:])
    assert "[2, p. 12]" in text  # numbered reference with its locator


def in_order(text: str, items: list[str]) -> bool:
    """True when each item occurs after the previous one."""
    position = 0
    for item in items:
        position = text.find(item, position)
        if position < 0:
            return False
        position += len(item)
    return True


def toc_entries(text: str) -> dict[str, int]:
    """``title . . . . 3`` lines of a table of contents (a section's number dropped)."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^(?:\d+ )?(.*?)[ .]*\.\s*(\d+)$", line.strip())
        if match and "." in line:
            found[match.group(1).strip()] = int(match.group(2))
    return found


def test_toc_page_numbers_point_at_the_sections(fixture_build: Built) -> None:
    pages = fixture_build.pages("amber-module.trainer.pdf")
    toc = toc_entries(pages[1])
    expected = {"Session plan", "Opening section", "Fictional scenario: A case in the field",
                "Answer key", "References", "Looking after yourself"}
    assert expected <= set(toc)
    for title, page in toc.items():
        heading = title.replace("Fictional scenario: ", "")
        assert heading in pages[page - 1], f"{title!r} is not on page {page}"


def test_bookmarks_list_the_sections(fixture_build: Built) -> None:
    outline = PdfReader(fixture_build.pdf("amber-module.trainer.pdf")).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    children = [item.title for group in outline if isinstance(group, list) for item in group]
    assert titles == ["Amber <script>alert(1)</script> module"]
    for expected in ("1 Opening section", "Session plan", "Answer key", "References"):
        assert expected in children  # sections carry their numbers
    assert "A sub-heading inside the body" not in children  # author headings stay out


def test_fictional_scenario_is_announced_once_then_advised(fixture_build: Built) -> None:
    text = " ".join(fixture_build.text("amber-module.learner.pdf").split())  # lines rejoined
    body = text[text.rfind("2 Fictional scenario: A case in the field"):]  # the heading
    advisory = body.find("The case below is a fictional composite")
    assert 0 < advisory < body.find("A fictional composite case for the fixture.")
    assert body.count("Fictional scenario") == 1


def test_trainer_edition_flags_a_session_plan_that_does_not_add_up(fixture_build: Built) -> None:
    text = " ".join(fixture_build.text("amber-module.trainer.pdf").split())  # lines rejoined
    assert "Session plan" in text
    assert "Check the plan" in text
    assert "missing" in text
    assert "1 row has no minutes" in text
    assert "55 minutes are planned so far" in text
    green = " ".join(fixture_build.text("green-module.trainer.pdf").split())
    assert "The plan adds up to the module's duration of 45 minutes." in green
    assert "Check the plan" not in green


def test_trainer_notes_sit_in_their_section(fixture_build: Built) -> None:
    text = fixture_build.text("amber-module.trainer.pdf")
    opening = text.find("Opening section", text.find("Minutes"))
    note = text.find("QZXTRAINERNOTE")
    scenario = text.find("A fictional composite case")
    assert 0 <= opening < note < scenario < text.find("QZXSCENARIONOTE")


def test_course_book_groups_modules_under_themes_with_one_toc(fixture_build: Built) -> None:
    pages = fixture_build.pages("curriculum.pdf")
    toc = toc_entries(pages[1])
    assert list(toc) == ["The first fixture theme", "Amber <script>alert(1)</script> module",
                         "Opening section", "Fictional scenario: A case in the field",
                         "The second fixture theme", "Green fixture module", "Volatile memory"]
    for title, page in toc.items():
        assert title.replace("Fictional scenario: ", "") in pages[page - 1]
    text = "\n".join(pages)
    assert text.find("Opening section") < text.find("Volatile memory")
    assert "COURSE BOOK" in pages[0]
    assert "PDF fixture curriculum" in pages[0]


def test_quiz_sheet_has_name_and_date_fields_and_every_question(fixture_build: Built) -> None:
    text = fixture_build.text("amber-module.quiz.pdf")
    for field_name in ("Name", "Date", "Score"):
        assert field_name in text
    assert "8 questions, 8 points. Pass mark: 75%. Time: 20 minutes." in text
    for prompt in ("Which option is the fixture\u2019s single answer?",  # typographic quote
                   "The fixture statement is printed on the sheet.",
                   "Handlers record every transfer in the", "How many teams used the checklist?",
                   "Put the fixture steps in order.", "Match each term to its meaning.",
                   "Explain the fixture in a sentence."):
        assert prompt in text
    assert "a) Option alpha" in text and "c) Option gamma" in text
    assert "True" in text and "False" in text
    assert "teams" in text  # numeric unit next to the write-in line
