"""A lead-in and its items as one sentence per item (``leadins.py``).

Each test is a short text of our own (a made-up statute or code) with the exact outcome
expected: the item's subject comes from its lead-in, or the item is held with its reason;
a lead-in cut mid-clause is never a stem.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis, analyse
from curriculum.draft.clauses import render, trim
from curriculum.draft.jurisdiction import defines, document_law
from curriculum.draft.leadins import closed_end, shown
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

THEMES = CurriculumConfig.model_validate(
    {"title": "t", "themes": [{"id": "only", "title": "Sex offender management",
                               "keywords": ["sex offender", "register"]}]}
).themes


def _statute(body: str) -> str:
    return (
        "<html><head><title>Offender Register Act 2031 - Norland Laws</title></head><body>\n"
        "<h1>Offender Register Act 2031</h1>\n"
        f"{body}\n</body></html>\n"
    )


OFFENCES = _statute(
    '<p class="sec">4. Offences of a registered sex offender</p>\n'
    '<p class="sub">(1) A registered sex offender who, without the consent of the register '
    "keeper&mdash;</p>\n"
    '<p class="para">(a) changes his or her family name commits an offence and is liable to '
    "imprisonment for 2 years;</p>\n"
    '<p class="para">(b) takes up work in a school or nursery commits an offence and is '
    "liable to imprisonment for 6 years; or</p>\n"
    '<p class="para">(c) sleeps at a second address on more than four nights commits an '
    "offence and is liable to imprisonment for 3 years.</p>\n"
)


def analysed(tmp_path: Path, name: str, text: str) -> Analysis:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return analyse(read_source(path, tmp_path), "src", ThemeMatcher(THEMES))


def _items(analysis: Analysis) -> list[tuple[str, bool, str, str]]:
    """(start of the item, whole, joined, unjoined) of every list item."""
    doc = analysis.doc
    return [(" ".join(doc.display(s.start, s.end).split()[:2]), s.whole, s.joined, s.unjoined)
            for s in analysis.kept() if s.kind == "bullet"]


def test_a_statute_s_dash_lead_in_gives_each_item_its_subject(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, "act.html", OFFENCES)
    lead = "A registered sex offender who, without the consent of the register keeper,"
    assert _items(analysis) == [
        ("changes his", True, lead, ""),
        ("takes up", True, lead, ""),
        ("sleeps at", True, lead, ""),
    ]
    assert [len(b.items) for b in analysis.lists] == [3]


def _quiz(drafts: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(drafts.glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions", []):
            key = str(q.get("answer", "")) + "".join(
                o["text"] for o in q.get("options", []) if o.get("correct"))
            out.append((" ".join(q["prompt"].split()), key))
    return out


def test_each_offence_of_a_lettered_list_is_asked_as_a_whole_sentence(project: Path) -> None:
    from draft_fixtures import run

    (project / "sources" / "act.html").write_text(OFFENCES, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    asked = _quiz(project / "drafts")
    subject = ("Under the Offender Register Act 2031, a registered sex offender who, without "
               "the consent of the register keeper, ")  # the document is the Act: named
    items = {
        "2": "changes his or her family name commits an offence and is liable to imprisonment "
             "for ____ years.",
        "6": "takes up work in a school or nursery commits an offence and is liable to "
             "imprisonment for ____ years.",  # no "; or" at its end
        "3": "sleeps at a second address on more than four nights commits an offence and is "
             "liable to imprisonment for ____ years.",
    }
    assert len(asked) == 2 and all(p == subject + items[k] for p, k in asked), asked
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert audit.count("held back: 2 questions from items of the same lead-in (line 4) "
                       "already in the theme 'sex-offender-management'") == 1  # the third
    module = (project / "drafts" / "sex-offender-management-draft.yaml").read_text("utf-8")
    assert "the list's lead-in carried from line 4" in module
    explained = [q["explanation"] for q in yaml.safe_load(module)["quiz"]["questions"]]
    assert all(e.startswith('The source says: "A registered sex offender who, without the '
                            'consent of the register keeper-" (line 4) ... "') for e in explained)


def test_items_whose_shared_verb_comes_after_the_list_are_held(tmp_path: Path) -> None:
    text = _statute(
        '<p class="sub">(1) A registered sex offender who&mdash;</p>\n'
        '<p class="para">(a) changes his or her family name without telling the register '
        "keeper; or</p>\n"
        '<p class="para">(b) moves house twice in one month without telling the register '
        "keeper,</p>\n"
        '<p class="sub">commits an offence.</p>\n'
    )
    held = "a list item that makes no sentence with its lead-in (the verb they share " \
           "comes after the list)"
    assert _items(analysed(tmp_path, "act.html", text)) == [
        ("changes his", False, "", held),
        ("moves house", False, "", held),
    ]


def test_conditions_that_hold_only_together_are_held(tmp_path: Path) -> None:
    text = _statute(
        '<p class="sub">(1) A registered sex offender commits an offence if&mdash;</p>\n'
        '<p class="para">(a) he or she stays at a second address for more than 7 nights;</p>\n'
        '<p class="para">(b) a child lives at that address; and</p>\n'
        '<p class="para">(c) the register keeper was not told of the stay.</p>\n'
    )
    held = 'one of several conditions its lead-in joins with "and": the item alone is half ' \
           "the rule"
    assert [(w, whole, u) for w, whole, _, u in _items(analysed(tmp_path, "act.html", text))] \
        == [("he or", False, held), ("a child", False, held), ("the register", False, held)]


NOTICE = _statute(
    '<p class="sec">7. First report</p>\n'
    '<p class="sub">(1) A registered sex offender must, within 5 days of release, go to a '
    "police station and tell the duty officer of&mdash;</p>\n"
    '<p class="para">(a) his or her home address;</p>\n'
    '<p class="para">(b) the number of any phone he or she uses; and</p>\n'
    '<p class="para">(c) the make of any car he or she drives.</p>\n'
)


def test_a_lead_in_cut_mid_clause_is_asked_from_its_whole_part(project: Path) -> None:
    from draft_fixtures import run

    (project / "sources" / "act.html").write_text(NOTICE, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert _quiz(project / "drafts") == [
        ("Under the Offender Register Act 2031, a registered sex offender must, within ____ "
         "days of release, go to a police station.", "5"),
    ]
    module = (project / "drafts" / "sex-offender-management-draft.yaml").read_text("utf-8")
    assert "of&\n" not in module and "of&'" not in module  # no quote ends inside "&mdash;"
    assert "tell the duty officer of\n" in module  # the quote ends on whole words


def test_the_whole_part_of_a_lead_in_and_its_open_end() -> None:
    text = ("An offender must, within 5 days of release, go to a police station and tell the "
            "duty officer of -")
    parsed = nlp.parse([text])[0]

    class Doc:  # the offsets of a plain text are its own
        def __init__(self, text: str) -> None:
            self.text = text

    cut = closed_end(Doc(text), (0, len(text)), parsed)  # type: ignore[arg-type]
    assert cut is not None and text[:cut] == (
        "An offender must, within 5 days of release, go to a police station")
    alone = "An offender must tell the duty officer within 5 days of -"
    assert closed_end(Doc(alone), (0, len(alone)), nlp.parse([alone])[0]) == 0  # type: ignore[arg-type]
    whole = "An offender must tell the duty officer within 5 days."
    assert closed_end(Doc(whole), (0, len(whole)), nlp.parse([whole])[0]) is None  # type: ignore[arg-type]


def test_a_lead_in_as_shown_in_front_of_its_item() -> None:
    assert shown("A person who, without a licence -") == "A person who, without a licence,"
    assert shown("A person who -") == "A person who"
    assert shown("The officer must, within 2 hours, tell the inspector of -") == (
        "The officer must, within 2 hours, tell the inspector of")
    assert shown("The officer must:") == "The officer must"


def test_a_statute_s_interpretation_line_names_its_act(project: Path) -> None:
    from draft_fixtures import run

    text = _statute(
        '<p class="sec">2. Interpretation</p>\n'
        '<p class="sub">In this Act, unless the context otherwise requires&mdash;</p>\n'
        '<p class="sub">"long stay" means a stay of 9 nights or more at one address in a '
        "month;</p>\n"
    )
    (project / "sources" / "act.html").write_text(text, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    assert ('(true-statement, `sources/act.html` line 5), score 0.45: Under the Offender '
            'Register Act 2031, "long stay" means a stay of 9 nights or more') in audit


def test_which_document_is_a_law_itself() -> None:
    assert document_law("Offender Register Act 2031 (Act No. 3) - Norland Laws") == (
        "Under the Offender Register Act 2031, ")
    assert document_law("Guidance on the Offender Register Act 2031") == ""
    assert document_law("Model Law on Online Safety: a commentary") == ""  # no enacted law
    assert document_law("Joint Protocol for missing children") == ""
    assert defines(list(nlp.parse(['"long stay" means a stay of 9 nights.'])[0]))
    assert not defines(list(nlp.parse(["A long stay lasts 9 nights."])[0]))


class _Plain:
    """A plain text as a source: its offsets are its own."""

    def __init__(self, text: str) -> None:
        self.text = text

    def display(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())


def test_a_clause_cut_from_a_list_sentence_loses_the_list_s_colon() -> None:
    text = ("The first officer must, within two hours of the call: search the garden and "
            "the garage; speak to every neighbour who was at home that evening; and list "
            "the clothes the child was last seen in, with their colours and makes.")
    doc = _Plain(text)
    at = text.index("two hours")
    stem = trim(doc, (0, len(text)), (at, at + len("two hours")), [],  # type: ignore[arg-type]
                nlp.parse([text])[0])
    assert render(doc, stem, blank=(at, at + len("two hours"))) == (  # type: ignore[arg-type]
        "The first officer must, within ____ of the call, search the garden and the garage.")


def test_a_definition_under_a_dash_frame_stands_alone(tmp_path: Path) -> None:
    text = _statute(
        '<p class="sub">(1) In this Act, unless the context otherwise requires&mdash;</p>\n'
        '<p class="para">(a) "long stay" means a stay of 9 nights or more at one address;</p>\n'
        '<p class="para">(b) "register keeper" means an inspector named by the Chief '
        "Constable.</p>\n"
    )
    assert _items(analysed(tmp_path, "act.html", text)) == [
        ('"long stay"', True, "", ""),
        ('"register keeper"', True, "", ""),
    ]


def test_one_of_several_conditions_joined_by_or_is_asked_with_its_lead_in(
    tmp_path: Path,
) -> None:
    text = _statute(
        '<p class="sub">(1) A registered sex offender commits an offence if&mdash;</p>\n'
        '<p class="para">(a) he or she stays at a second address for more than 7 nights; or</p>\n'
        '<p class="para">(b) he or she leaves the country without telling the register '
        "keeper.</p>\n"
    )
    lead = "A registered sex offender commits an offence if"
    assert _items(analysed(tmp_path, "act.html", text)) == [
        ("he or", True, lead, ""),
        ("he or", True, lead, ""),
    ]


def test_a_bare_section_number_does_not_name_the_law(project: Path) -> None:
    from draft_fixtures import run

    text = _statute(
        '<p class="sec">9. Offence of failing to report</p>\n'
        '<p class="sub">A registered sex offender who fails to comply with section 7 commits '
        "an offence and is liable to imprisonment for 4 years.</p>\n"
    )
    (project / "sources" / "act.html").write_text(text, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert _quiz(project / "drafts") == [
        ("Under the Offender Register Act 2031, a registered sex offender who fails to comply "
         "with section 7 commits an offence and is liable to imprisonment for ____ years.", "4"),
    ]


def test_a_plain_text_statute_names_its_act_from_its_title_line(project: Path) -> None:
    from draft_fixtures import run

    text = (
        "Offender Register Act 2031\n\n"
        "4. Offences\n\n"
        "(1) A registered sex offender who, without the consent of the register keeper -\n"
        "(a) takes up work in a school or nursery commits an offence and is liable to "
        "imprisonment for 6 years; or\n"
        "(b) sleeps at a second address on more than four nights commits an offence and is "
        "liable to imprisonment for 3 years.\n"
    )
    (project / "sources" / "act.txt").write_text(text, "utf-8")
    result = run("draft", "sources/act.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    asked = _quiz(project / "drafts")
    assert ("Under the Offender Register Act 2031, a registered sex offender who, without the "
            "consent of the register keeper, takes up work in a school or nursery commits an "
            "offence and is liable to imprisonment for ____ years.", "6") in asked, asked


def test_the_words_a_list_shares_after_it_are_asked_with_the_first_item(project: Path) -> None:
    from draft_fixtures import run

    text = _statute(
        '<p class="sub">(1) A registered sex offender who&mdash;</p>\n'
        '<p class="para">(a) changes his or her family name without telling the register '
        "keeper; or</p>\n"
        '<p class="para">(b) moves house twice in one month without telling the register '
        "keeper,</p>\n"
        '<p class="sub">commits an offence and is liable to imprisonment for 5 years.</p>\n'
    )
    (project / "sources" / "act.html").write_text(text, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    assert _quiz(project / "drafts") == [
        ("Under the Offender Register Act 2031, a registered sex offender who changes his or her "
         "family name without telling the register keeper commits an offence and is liable to "
         "imprisonment for ____ years.", "5"),
    ]


def test_a_list_that_finishes_its_lead_in_gets_no_list_question(project: Path) -> None:
    from draft_fixtures import run

    text = _statute(
        '<p class="sub">(1) A registered sex offender commits an offence if he or she offers '
        "a child a lift in order to obtain&mdash;</p>\n"
        '<p class="para">(a) photographs of the child;</p>\n'
        '<p class="para">(b) the address of the child; or</p>\n'
        '<p class="para">(c) a meeting with the child alone.</p>\n'
        '<p class="sub">(2) The register keeper holds these records:</p>\n'
        "<ul><li>fingerprints of the offender</li><li>a list of past addresses</li>"
        "<li>copies of court orders</li></ul>\n"
        '<p class="sub">(3) The register keeper checks these things:</p>\n'
        "<ul><li>bank statements</li><li>travel tickets</li><li>phone bills</li></ul>\n"
    )
    (project / "sources" / "act.html").write_text(text, "utf-8")
    result = run("draft", "sources/act.html", "--out", "drafts")
    assert result.exit_code == 0, result.output
    drafted = " ".join("".join(p.read_text("utf-8") for p in (project / "drafts").glob("*"))
                       .split())
    assert "Which of the following" in drafted  # the other lists are asked about
    assert "obtain. Which" not in drafted and "obtain-. Which" not in drafted
