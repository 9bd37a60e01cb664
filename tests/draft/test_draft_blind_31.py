# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 31: sentences the twenty-sixth session's second blind set showed
the pipeline asking wrongly, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import chosen, every_chosen

from curriculum.draft.themes import ThemeMatcher


def test_a_figure_whose_noun_is_in_the_clause_before_counts_nothing(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "...; INTERPOL reports issuing 2,687 in 2023": which things? The stem cannot say; a
    stem that names the counted noun elsewhere ("received 1,200 reports ... forwarded 300")
    can."""
    text = (
        "# Notices for missing children\n\n"
        "INTERPOL Yellow Notices are requested through a country's National Central Bureau and help locate missing persons of any age, not only children; INTERPOL reports issuing 2,687 in 2023.\n\n"
        "Police received 1,200 reports of missing children in 2024 and forwarded 300 to the specialist unit.\n"
    )
    questions = every_chosen(tmp_path, text, matcher)
    bare = [q for q in questions if q.prompt.startswith("INTERPOL reports issuing")]
    assert bare and all(q.score == 0 and 'the figure counts nothing the stem names ("issuing 2,687")' in "; ".join(q.reasons) for q in bare)
    named = [q for q in questions if q.prompt.startswith("Police received")]
    assert named and not [q for q in named if any("counts nothing" in r for r in q.reasons)]


def test_a_word_broken_at_a_hyphen_in_a_pdf_table_cell_is_whole(tmp_path: Path) -> None:
    """A ruled table's cell that wraps after "child-" reads "child-abuse", never "child-
    abuse", in the extracted text every quote is checked against."""
    from weasyprint import HTML

    from curriculum.draft.reading import read_source

    html = (
        "<html><head><style>table { border-collapse: collapse } td, th { border: 1px solid black; padding: 3pt }"
        " td.narrow { width: 28mm }</style></head><body><h1>Critical services</h1>"
        "<table><tr><th>Ref</th><th>Service</th><th>Maximum outage</th></tr>"
        "<tr><td>A2</td><td class=\"narrow\">Telephone reporting line (child-abuse concerns and missing-child calls)</td><td>4 hours</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "plan.pdf"
    HTML(string=html).write_pdf(path)
    text = read_source(path, tmp_path).text
    assert "(child-abuse concerns and missing-child calls)" in text


def test_a_rule_of_an_act_the_notice_makes_up_names_its_country_or_is_held(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """The notice says the text's Acts are fictional: "Warrant under s. 31 is valid for 14
    days" is a rule of nowhere (held); the same kind of rule naming its made-up country
    ("the Dunmore Online Safety Act 2021 requires ...") is still asked."""
    text = (
        "# Decision log: online child sexual exploitation investigation\n\n"
        "The Republic of Dunmore, the Online Safety Act 2021 and all section numbers and local time limits are fictional.\n\n"
        "A warrant for online child sexual exploitation material under s. 31 is valid for 14 days from issue and authorises one entry only.\n\n"
        "The Dunmore Online Safety Act 2021 requires platforms to report online child sexual exploitation material to the police within 24 hours.\n"
    )
    kept, below = chosen(tmp_path, text, matcher)
    warrant = [q for q in kept + below if "s. 31" in q.prompt]
    assert warrant and all(q not in kept and "a rule of a law the document declares invented" in "; ".join(q.reasons) for q in warrant)
    assert any("Dunmore Online Safety Act 2021 requires" in q.prompt for q in kept)


def test_a_definition_too_thin_to_single_out_its_term_is_no_blank(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "A ____ is an alert and intelligence." fits every Notice; a definition that says
    what the alert warns of singles its term out."""
    thin_text = "# Notices for travelling sex offenders\n\nINTERPOL Notices are requested through the National Central Bureau. A Green Notice is an alert and intelligence; whether to admit the person remains the receiving country's decision.\n"
    (tmp_path / "thin").mkdir()
    (tmp_path / "full").mkdir()
    questions = every_chosen(tmp_path / "thin", thin_text, matcher)
    thin = [q for q in questions if q.rule == "key-term" and q.prompt == "A ____ is an alert and intelligence."]
    assert thin and all(q.score == 0 and "a definition too thin to single out its term" in "; ".join(q.reasons) for q in thin)
    full_text = "# Notices for travelling sex offenders\n\nA Green Notice is a global police alert that warns other countries about a registered sex offender likely to repeat offences abroad.\n"
    full = [q for q in every_chosen(tmp_path / "full", full_text, matcher) if q.rule == "key-term"]
    assert full and not [q for q in full if any("too thin" in r for r in q.reasons)]


def test_a_heading_about_a_named_law_gives_the_law_not_the_heading() -> None:
    """ "Guidance on the Sex Offenders Act 2019" is guidance about the Act: a rule under it
    is the Act's ("Under the Sex Offenders Act 2019, "), never "Under the Guidance on the
    ..."; a law whose own name holds "of" keeps it."""
    from curriculum.draft.jurisdiction import law_lead

    assert law_lead("Guidance on the Sex Offenders Act 2019") == "Under the Sex Offenders Act 2019, "
    assert law_lead("Duties under the Sex Offenders Act 2019") == "Under the Sex Offenders Act 2019, "
    assert law_lead("Protection of Children Act 1978") == "Under the Protection of Children Act 1978, "
    assert law_lead("Table 2: Operation of the Act, 2022-2025") == ""
