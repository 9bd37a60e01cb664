"""What the templates are given to print, checked on the HTML (no WeasyPrint: fast).

The catalogue, cross-references, typographic quotes, placeholders, answer space,
the marking grid and one reference number per source across a module's documents.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from curriculum.loader import load_project
from curriculum.models import Module, ShortAnswer
from curriculum.pdf.catalogue import ENGLISH, strings
from curriculum.pdf.documents import Assembler
from curriculum.pdf.fit import fit_line, text_width
from curriculum.pdf.layout import TemplateFolders
from curriculum.pdf.questions import answer_lines
from curriculum.pdf.typography import prose

PROJECT = Path(__file__).parent / "data" / "project"
WHEN = datetime(2026, 11, 29, tzinfo=UTC)


@pytest.fixture(scope="module")
def loaded() -> tuple[Assembler, dict[str, Module]]:
    project = load_project(PROJECT)
    assert project.config is not None
    folders = TemplateFolders(PROJECT / "templates" / "pdf")
    assembler = Assembler(project.config, project.loaded_config.path, folders, WHEN)
    return assembler, {m.module.id: m.module for m in project.modules}


def test_the_catalogue_follows_the_language_and_dates_follow_cldr() -> None:
    """Regional tags use their language's PO catalogue; a language without one prints the
    English msgids (``validate`` warns about it); dates are Babel's, one style per language."""
    assert strings("fr-CA").contents == "Sommaire"
    assert strings("es-MX").contents == "Índice"
    assert strings("de").contents == ENGLISH["contents"]
    day = date(2026, 11, 29)
    assert strings("en").long_date(day) == "29 November 2026"
    assert strings("fr").long_date(day) == "29 novembre 2026"
    assert strings("es").long_date(day) == "29 de noviembre de 2026"
    assert strings("ar").long_date(day) == "29 نوفمبر 2026"
    assert strings("de").long_date(day) == "29. November 2026"  # CLDR knows German dates
    assert strings("x-klingon").long_date(day) == "2026-11-29"  # no CLDR locale: ISO
    assert strings("en").n_points(1) == "1 point" and strings("en").n_points(3) == "3 points"
    assert strings("es").fmt("minutes_n", n=1) == "1 minuto"
    with pytest.raises(KeyError):
        strings("en")["no-such-key"]


def test_templates_hold_no_english_of_their_own() -> None:
    """Every printed word comes from the catalogue: no literal sentence in a template."""
    folder = Path(__file__).resolve().parents[2] / "src" / "curriculum" / "templates" / "pdf"
    for name in ("base", "handout", "trainer", "quiz", "answer-key", "book", "macros", "form",
                 "form-sheet", "form-key"):
        text = (folder / f"{name}.html.j2").read_text("utf-8")
        text = re.sub(r"{#.*?#}|{%.*?%}|{{.*?}}|<style>.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>|&#?\w+;", " ", text)
        words = re.findall(r"[A-Za-z]{3,}", text)
        assert words == [], f"{name}.html.j2 prints literal text: {words[:8]}"


def test_cross_references_print_the_section_number_with_a_link() -> None:
    from curriculum.rendering import markdown_to_html
    from curriculum.xrefs import Xref

    xrefs = {"intro": Xref("s-intro", "section 1", "1"), "end": Xref("s-end", "section 4", "4")}
    html = markdown_to_html("See [](#intro); [Sections #](#intro) and [#](#end).", xrefs=xrefs)
    assert '<a href="#s-intro" class="xref"' in html
    assert ">section 1</a>" in html and ">Sections 1</a>" in html and ">4</a>" in html


def test_plain_text_gets_the_languages_quotes_and_hashes_in_monospace() -> None:
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    html = prose(f'The "Baseline" list -- it\'s <b> {digest}.', strings("en").quotes())
    assert html == ("The \u201cBaseline\u201d list \u2013 it\u2019s &lt;b&gt; "
                    f'<code class="hash">{digest}</code>.')
    assert prose('"oui"', strings("fr").quotes()) == "\u00aboui\u00bb"


def test_an_apostrophe_is_never_a_closing_quote_in_any_language() -> None:
    fr = strings("fr").quotes()
    assert prose("l'enfant et INTERPOL's", fr) == "l\u2019enfant et INTERPOL\u2019s"
    assert prose("les agents' notes", fr) == "les agents\u2019 notes"
    # a real single quote still opens and closes with the language's marks
    assert prose("il dit 'oui' puis l'a fait", fr) == "il dit \u201coui\u201d puis l\u2019a fait"
    assert prose("the officers' 'notes'", strings("en").quotes()) == (
        "the officers\u2019 \u2018notes\u2019")


def test_a_running_title_is_cut_to_one_line_at_a_word() -> None:
    title = "A deliberately very long module title that runs on and on " * 3
    short = fit_line(title, 200, 8)
    assert short.endswith("\u2026") and text_width(short, 8) <= 200
    assert title.startswith(short[:-1])
    assert fit_line("Short title", 200, 8) == "Short title"


def test_answer_space_follows_the_model_answer_or_the_author() -> None:
    def question(model: str, lines: int | None = None) -> ShortAnswer:
        return ShortAnswer.model_validate({"id": "q", "type": "short_answer", "prompt": "Why?",
                                           "model_answer": model, "answer_lines": lines})
    assert answer_lines(question("Short.")) == 3
    assert answer_lines(question("x" * 600)) == 12
    assert answer_lines(question("Short.", 7)) == 7


def test_the_quiz_sheet_scores_out_of_the_total_and_never_prescribes_a_length(
    loaded: tuple[Assembler, dict[str, Module]],
) -> None:
    assembler, modules = loaded
    html = assembler.module_html(modules["amber-module"], "quiz")
    assert '<td class="out-of">/ 8</td>' in html
    assert "one or two sentences" not in html
    assert "Version 1.2.3, 29 November 2026." in html


def test_the_key_opens_with_a_marking_grid_and_says_it_holds_answers(
    loaded: tuple[Assembler, dict[str, Module]],
) -> None:
    assembler, modules = loaded
    html = assembler.module_html(modules["amber-module"], "answer-key")
    grid = html.find('class="marking-grid"')
    assert 0 < grid < html.find('class="answer"')
    assert "Trainer copy: contains answers" in html
    learner = assembler.module_html(modules["amber-module"], "learner")
    assert "contains answers" not in learner


def test_one_number_per_source_across_the_modules_documents(
    loaded: tuple[Assembler, dict[str, Module]],
) -> None:
    assembler, modules = loaded
    numbers = {}
    for kind in ("learner", "trainer", "answer-key"):
        html = assembler.module_html(modules["amber-module"], kind)
        listed = re.findall(r'<li value="(\d+)"><span class="ref-no">\[\d+\]</span>\s*'
                            r"(?:[^<]*)<cite>([^<]+)</cite>", html)
        for number, title in listed:
            assert numbers.setdefault(title, number) == number, (kind, title)
    assert numbers


def test_placeholders_print_nothing(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "p"
    shutil.copytree(PROJECT, root)
    config = root / "curriculum.yaml"
    text = config.read_text("utf-8").replace(
        "organisation: Fixture Academy", "organisation: Example Academy (replace with your "
        "organisation)").replace("Fixture self-care note for every module.",
                                 "Fixture self-care note (add the details here before the "
                                 "course).")
    config.write_text(text, "utf-8")
    project = load_project(root)
    assert project.config is not None
    assembler = Assembler(project.config, config, TemplateFolders(root / "templates" / "pdf"),
                          WHEN)
    html = assembler.module_html(project.modules[0].module, "learner")
    assert "replace with" not in html and "Example Academy" not in html
    assert "add the details" not in html and "Fixture self-care note" in html


AUTHORS = ("INTERPOL", "United Nations", "Council of", "Perez;", "Lamb;", "Mitchell;",
           "Hanson;", "Phenix;", "Richards", "Farid", "WePROTECT", "WeProtect", "Europol",
           "Federal", "Singapore", "Internet Watch", "Substance", "Interagency", "National",
           "Association", "Washington", "Parliament", "United States", "Australian", "College",
           "NSPCC", "Hague")


def test_built_in_references_name_their_authors_once() -> None:
    """Every built-in source names its authors (people, or an organisation as corporate
    author); an organisation that is also the publisher is not printed twice."""
    root = Path(__file__).parents[2]
    project = load_project(root)
    assert project.config is not None
    assembler = Assembler(project.config, project.loaded_config.path,
                          TemplateFolders(root / "templates" / "pdf"), WHEN)
    entries = []
    for loaded_module in project.modules:
        html = assembler.module_html(loaded_module.module, "trainer")
        entries += re.findall(r'<span class="ref-no">\[\d+\]</span>(.*?)</li>', html, re.S)
    assert len(entries) > 20
    text = [" ".join(re.sub(r"<[^>]+>", "", entry).split()) for entry in entries]
    interpol = [e for e in text if e.startswith("INTERPOL (2018-11-29).")]
    assert interpol and all("INTERPOL. http" not in e for e in interpol), interpol
    assert any(e.startswith("Perez; Jones; Englert; Sachau (2010). Secondary") and
               "Journal of Police and Criminal Psychology" in e for e in text), text
    assert any(e.startswith("Farid, H. PhotoDNA") for e in text), text  # no "H.."
    titled_first = [e for e in text if e.startswith("The mental health of officials")]
    assert len(set(titled_first)) == 1  # BMC Psychiatry 2023: the register names no author
    assert all(e.startswith(("The mental health", *AUTHORS)) for e in text), text
