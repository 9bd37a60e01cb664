# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 25: a treaty's parallel texts and a poster's four columns are read
a column at a time, and sentences in another language than English are left out with a
line each in the audit, never parsed into questions. Short texts of our own (the PDFs from
``data/columns/parallel.html`` and ``poster.html`` through ``data/columns/make.py``), with
the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed, chosen, prompts

from curriculum.draft import nlp
from curriculum.draft.cleaning import clean
from curriculum.draft.frontmatter import Metadata
from curriculum.draft.jurisdiction import lead
from curriculum.draft.languages import REASON, foreign
from curriculum.draft.linking import connective_end
from curriculum.draft.pdf_text import extract_pdf
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

COLUMNS = Path(__file__).parent / "data" / "columns"


def _text(name: str) -> str:
    path = COLUMNS / f"{name}.pdf"
    return extract_pdf(path, path.read_bytes()).text


def test_parallel_texts_with_a_rule_between_them_are_read_one_language_at_a_time() -> None:
    """Two languages side by side, a rule down the gutter, under a bold row naming them:
    their paragraphs start at the same heights, like a table's rows, but the rule makes
    them columns, each read whole before the other."""
    text = _text("parallel")
    english = text.index("### ENGLISH TEXT")
    spanish = text.index("### TEXTO EN ESPAÑOL")
    assert english < text.index("The two harbour boards agree that every\nvessel longer than eighty metres takes a pilot\non board before it passes the outer buoy.") < spanish
    assert text.index("request within ten working days.") < spanish
    assert spanish < text.index("Las dos autoridades portuarias acuerdan que\ntodo buque")
    assert "de antelación, por radio o por el sistema de\nreservas de la autoridad." in text


def test_four_columns_down_a_poster_with_a_table_and_a_chart_in_one_are_read_a_column_at_a_time() -> None:
    """Column headings on one row, a small table and a chart's short lines in the second
    column: no table of four columns, each column whole in turn."""
    text = _text("poster")
    assert "| Background | Results |" not in text
    order = [
        "## Background",
        "The board asked its planning team to find out\nwhere the delays began and which of them the\ncrews could prevent without new boats or new\nberths.",
        "## Results",
        "| Route | Crossings | Late |",
        "Loading cars was the largest cause of delay on\nevery route,",
        "## Discussion",
        "The freight vans were booked on the last boat\nbecause the depots closed at eight; a later\nbooking window would spread them over two\ncrossings.",
        "## What the board will do",
        "Crews who see a new cause of delay note it in\nthe bridge log so that the next survey can count\nit.",
    ]
    at = [text.index(part) for part in order]
    assert at == sorted(at), at


_BILINGUAL = """# Notice to ferry passengers

Passengers must show a ticket before they board the night ferry, and children under twelve travel with an adult.

Les passagers doivent présenter un billet avant d'embarquer sur le ferry de nuit, et les enfants de moins de douze ans voyagent avec un adulte.

Los pasajeros deben mostrar un billete antes de embarcar en el ferry nocturno, y los niños menores de doce años viajan con un adulto.

The Convention relative aux droits de l'enfant is the French title of the Convention on the Rights of the Child, adopted on 20 November 1989.
"""


def test_sentences_in_another_language_are_left_out_with_a_reason(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The French and Spanish versions of a notice are dropped for the audit; an English
    sentence that names a French title stays."""
    analysis = analysed(tmp_path, _BILINGUAL, matcher)
    dropped = {d.reason for d in analysis.dropped if "passagers" in d.text or "pasajeros" in d.text}
    assert dropped == {REASON}
    kept = [analysis.doc.text[s.start : s.end] for s in analysis.kept()]
    assert any(k.startswith("Passengers must show a ticket") for k in kept), kept
    assert any(k.startswith("The Convention relative aux droits") for k in kept), kept
    kept_q, below = chosen(tmp_path, _BILINGUAL, matcher)
    assert not [p for p in prompts(kept_q + below) if "billet" in p or "billete" in p]


def test_a_script_other_than_latin_is_another_language_and_a_name_is_no_language() -> None:
    assert foreign("الطفل هو كل إنسان لم يتجاوز الثامنة عشرة من عمره")
    assert foreign("Ребёнком является каждое человеческое существо до восемнадцати лет.")
    assert not foreign("Perez et al. (2010) found that exposure was associated with stress.")
    assert not foreign("The Fundación para la Protección de la Infancia del Niño en Peligro runs a hotline.")
    assert not foreign("A child is every human being below the age of 18 years (CRC, Art. 1).")


_STANDARD = """---
title: "Harbour Safety Standard HS-3"
file-created: "2025-03-01"
---

HARBOUR BOARD | Safety Directorate

## Harbour Safety Standard HS-3: Night Pilotage

Status: Issued under s. 4(1) of the Harbours Act of Norland. Replaces HS-3 (edition of
14 June 2019).
Date of issue: 2 March 2025 Applies to: all night pilotage on or after 16 March

Review date: March 2027 Owner: Head of the Pilotage Unit

Every vessel longer than eighty metres takes a pilot on board before it passes the outer buoy at night.
"""


def test_a_date_that_finishes_the_line_above_is_not_the_documents_date(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """"(edition of" / "14 June 2019)." dates the edition replaced, not this one: the
    document keeps its own date (here the file's, as a PDF's extracted text gives it)."""
    path = tmp_path / "standard.md"
    path.write_text(_STANDARD, "utf-8")
    cleaned = clean(read_source(path, tmp_path))
    assert (str(cleaned.doc_date), cleaned.date_source) == ("2025-03-01", "front matter")


_YET = """# Reporting a missing child

Police forces accept a report of a missing child at any time, with no waiting period. Yet the belief that a parent must wait 24 hours before reporting a missing child persists among the public. But the first hours of a search for a missing child matter most to its outcome.
"""


def test_a_connective_with_no_comma_is_struck_from_the_stem(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Yet ..." and "But ..." link a sentence to the one before it, comma or not."""
    kept, below = chosen(tmp_path, _YET, matcher)
    texts = prompts(kept + below)
    asked = [p for p in texts if "must wait ____ hours" in p or "must wait 24 hours" in p]
    assert asked, texts
    assert not [p for p in texts if p.lower().startswith(("yet ", "but ")) or ", yet " in p or ", but the first" in p], texts


def test_a_companys_name_takes_no_article_in_a_lead() -> None:
    """ "According to Tallow Forensics Ltd, ", as a force's name ("Kestrel Valley Police")
    takes none; other bodies keep theirs."""
    assert lead(Metadata(publisher="Tallow Forensics Ltd")) == "According to Tallow Forensics Ltd, "
    assert lead(Metadata(publisher="Harbour Pilots Limited")) == "According to Harbour Pilots Limited, "
    assert lead(Metadata(publisher="Harbour Board of Norland")) == "According to the Harbour Board of Norland, "


_ARRANGEMENT = """---
title: "Implementing Arrangement on harbour pilotage"
author: "Treaty Office, Ministry of Transport of Norland"
---

IMPLEMENTING ARRANGEMENT between the Harbour Board of the Republic of Norland and the
Port Authority of the Kingdom of Sudmark on night pilotage

## Article 1

For the purposes of this Arrangement, a pilot station shall acknowledge a booking for a night pilot within 30 minutes of receipt.
"""


def test_an_arrangement_named_between_its_parties_under_a_short_title_is_whose_rule(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The formal title under the short one names the parties: the rule is the
    arrangement's, not the treaty office's that published the file."""
    kept, below = chosen(tmp_path, _ARRANGEMENT, matcher)
    texts = prompts(kept + below)
    asked = [p for p in texts if "within ____ minutes of receipt" in p]
    assert asked, texts
    assert all(p.startswith("Under the Norland\u2013Sudmark arrangement, ") for p in asked), asked


_DECK = """# Deck: harbour law revision cards

### H-002 · C
**Text:** The Harbour Pilotage Convention was adopted on {{c1::12 March 1999}} and entered into force on {{c2::1 July 2003::date}}; a vessel longer than {{c3::80 metres}} takes a pilot at night.
"""


def test_a_flashcards_cloze_markup_leaves_the_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "{{c1::12 March 1999}}" is a card tool's markup around the card's words."""
    analysis = analysed(tmp_path, _DECK, matcher)
    shown = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert any("adopted on 12 March 1999 and entered into force on 1 July 2003;" in t for t in shown), shown
    assert not [t for t in shown if "{" in t or "::" in t], shown


_CITED = """# Reoffending after release

Research context: a meta-analysis of 40 studies (Marsh and Bellamy, 2004; 12,400 offenders) found an average observed sexual reconviction rate of 9.5% over about five years.
"""


def test_a_cited_studys_sample_in_its_bracket_is_not_the_figure_to_ask(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The count beside an author-year citation is the study's sample, not its finding."""
    kept, below = chosen(tmp_path, _CITED, matcher)
    asked = [q for q in kept + below if "; ____ offenders)" in q.prompt]
    assert asked, prompts(kept + below)
    assert not [q for q in asked if q in kept], prompts(kept)


_REPORT = """HARBOUR PILOTAGE REVIEW

3. FINDINGS
------------------------------------------------------------------------------
3.1  Night arrivals at the outer buoy
     The pilot boat meets every vessel longer than eighty metres at the outer
     buoy and puts a pilot on board before the vessel enters the channel. The
     crew logs the time of boarding in the station's night book.

3.2  Booking
     A master books a night pilot at least six hours before arrival.
"""


def test_a_numbered_section_title_over_its_paragraph_is_a_heading(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "3.1  Night arrivals at the outer buoy" right over its indented paragraph, no blank
    line between, as a fixed-width report sets it: the title is a heading, never the
    first words of the paragraph's first sentence."""
    analysis = analysed(tmp_path, _REPORT, matcher)
    kinds = {analysis.doc.display(line.start, line.end).strip(): line.kind for line in analysis.cleaned.lines}
    assert kinds["3.1 Night arrivals at the outer buoy"] == "heading", kinds
    assert kinds["3.2 Booking"] == "heading", kinds
    first = [analysis.doc.display(s.start, s.end) for s in analysis.kept()]
    assert any(" ".join(t.split()).startswith("The pilot boat meets every vessel") for t in first), first


_CONTEXT = """# Missing children

For context, INTERPOL issued 2,687 Yellow Notices worldwide in 2023 to help locate missing persons, often minors.
"""


def test_for_context_is_a_connective(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "For context," links the sentence to the text's own figures before it."""
    kept, below = chosen(tmp_path, _CONTEXT, matcher)
    texts = prompts(kept + below)
    assert any(p.startswith("INTERPOL issued") for p in texts), texts
    assert not [p for p in texts if "context" in p.lower()], texts


_MARKED = """# Notice to hotline analysts

Where a report on the queue is marked [LS], live streaming of the abuse of a child has been indicated online, and the report is assessed by an analyst within one hour.
"""


def test_a_stem_that_holds_the_answers_initials_gives_it_away(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "[LS]" beside "____" spells "live streaming" for the learner."""
    kept, below = chosen(tmp_path, _MARKED, matcher)
    asked = [q for q in kept + below if "[LS], ____ of the abuse" in q.prompt.replace("\\", "")]
    assert asked, prompts(kept + below)
    assert not [q for q in asked if q in kept], prompts(kept)
    assert any("initials" in r for q in asked for r in q.reasons), [q.reasons for q in asked]


def test_a_recitals_capitals_and_a_clause_with_no_finite_verb_keep_their_opening() -> None:
    """ "AND UPON the Court being informed ..." is an order's recital formula, not a link."""
    parse = nlp.pipeline()
    assert connective_end(parse("Yet the belief that one must wait 24 hours persists among the public.")) == 4
    assert connective_end(parse("AND UPON the Court being informed that both witnesses are eligible for special measures.")) is None


_EXPANDED = """# Evidence from abroad

Content held by foreign online providers is obtained through mutual legal assistance (MLA) via the Central Authority of the requesting state.
"""


def test_an_acronym_right_after_the_blank_asks_its_expansion(tmp_path: Path) -> None:
    """ "through ____ (MLA)" asks what the acronym stands for, as an acronym question does:
    the initials there are the question, not a giveaway (a theme whose keyword is the
    term, as the built-in curriculum's is)."""
    themes = [{"id": "internet-facilitated-crimes", "title": "Internet-facilitated crimes",
               "keywords": ["online", "providers", "mutual legal assistance"]}]
    matcher = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)
    kept, below = chosen(tmp_path, _EXPANDED, matcher)
    asked = [q for q in kept + below if "____ (MLA)" in q.prompt]
    assert asked, prompts(kept + below)
    assert not [r for q in asked for r in q.reasons if "initials" in r], [q.reasons for q in asked]
