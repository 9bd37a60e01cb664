# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, themes by meaning (tune-4): a theme's terms match their word families
("sexual reoffending" is of "sex offender"); a sentence that names no theme clearly takes
the theme its section heading or its document's title names; a bare common word ("victim")
does not outweigh that. Each on a short text of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from draft_fixtures import analysed, run

from curriculum.draft.placement import context_theme, document_shares
from curriculum.draft.themes import ThemeMatcher, kin, text_words


def _questions(folder: Path) -> dict[str, tuple[str, dict]]:
    """Every module question of a drafts folder by id: (module file name, question)."""
    out = {}
    for path in sorted(folder.glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for q in (module.get("quiz") or {}).get("questions") or []:
            out[q["id"]] = (path.name, q)
    return out


@pytest.mark.parametrize(
    ("a", "b"),
    [("offence", "offender"), ("sexual", "sex"), ("reoffending", "offenders"),
     ("registered", "register"), ("registration", "register"), ("travel", "travelling"),
     ("abducted", "abduction"), ("traffickers", "trafficking"), ("violence", "violent")],
)
def test_words_of_one_family_are_kin(a: str, b: str) -> None:
    assert kin(a, b) and kin(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("mission", "missing"), ("identity", "identify"), ("identification", "identify"),
     ("sexting", "sex"), ("living", "live"), ("series", "serious"), ("report", "port")],
)
def test_words_that_only_look_alike_are_not_kin(a: str, b: str) -> None:
    assert not kin(a, b)


def test_a_family_member_counts_less_than_the_word_and_a_bare_variant_reaches_no_theme(
    matcher: ThemeMatcher,
) -> None:
    [found] = matcher.assign(text_words("Officers convicted two sexual offenders last year."))
    assert (found.theme, found.score) == ("sex-offender-management", 1.125)  # 1.5 x 0.75
    assert matcher.assign(text_words("The travel desk booked the flights.")) == []


@pytest.mark.parametrize(
    ("title", "theme"),
    [
        ("Scoring guide: sexual reoffending risk", "sex-offender-management"),
        ("Desk notes on coerced and extorted children", "internet-facilitated-crimes"),
        ("Victim identification desk: standing orders", "child-victim-identification"),
        ("Notes for officers on trafficked and abducted children", "serious-violent-crimes"),
    ],
)
def test_a_rule_that_names_no_theme_takes_the_theme_its_title_names_by_variants(
    project: Path, title: str, theme: str
) -> None:
    (project / "sources" / "orders.md").write_text(
        f"# {title}\n\n## Duties\n\nThe duty officer must call the family back within 6 hours of the first report.\n",
        "utf-8",
    )
    assert run("draft", "sources/orders.md", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == f"{theme}-draft.yaml"
    assert q["prompt"] == "The duty officer must call the family back within ____ hours of the first report."


_GUIDE = """# Scoring guide: sexual reoffending risk

## Sources

{sentence}
"""


def test_a_bare_shared_word_does_not_move_a_rule_out_of_its_documents_theme(
    project: Path,
) -> None:
    """"victim" alone is a keyword of victim identification, but in a guide on reoffending
    risk the rule that names it is still the guide's."""
    sentence = "A scorer must add any new victim named in police reports to the case file within 14 days."
    (project / "sources" / "guide.md").write_text(_GUIDE.format(sentence=sentence), "utf-8")
    assert run("draft", "sources/guide.md", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == "sex-offender-management-draft.yaml"
    assert q["prompt"] == "A scorer must add any new victim named in police reports to the case file within ____ days."


def test_a_rule_that_clearly_names_another_theme_keeps_it(project: Path) -> None:
    sentence = "An analyst must check every seized image against the ICSE database within 14 days."
    (project / "sources" / "guide.md").write_text(_GUIDE.format(sentence=sentence), "utf-8")
    assert run("draft", "sources/guide.md", "--out", "drafts").exit_code == 0
    [(name, q)] = _questions(project / "drafts").values()
    assert name == "child-victim-identification-draft.yaml"
    assert q["prompt"] == "An analyst must check every seized image against the ICSE database within ____ days."


def test_a_sentence_that_names_no_theme_is_a_fact_of_the_theme_its_title_names(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The audit no longer lists it as fitting no theme; the reason names the title."""
    text = (
        "Guidance on registered sexual offenders\n\n"
        "Registered sexual offenders are visited at home. The score is never used to decide guilt.\n"
    )
    analysis = analysed(tmp_path, text, matcher)
    [_, sentence] = analysis.kept()
    assert analysis.themes[sentence.index] == []
    [match] = context_theme(analysis, sentence, matcher)
    assert match.theme == "sex-offender-management"
    assert match.terms == ("(none clearly: placed by the document's title)",)


def test_a_law_that_says_sexual_offence_on_every_line_is_not_thereby_offender_management(
    tmp_path: Path, matcher: ThemeMatcher
) -> None:
    """The document's share of each theme counts words themselves, not their families."""
    text = (
        "Model law on online abuse\n\n"
        "A sexual offence committed online is punished as one committed in person. "
        "Each sexual offence under this Part may be prosecuted at any time. "
        "Online platforms must keep records of a sexual offence reported to them.\n"
    )
    analysis = analysed(tmp_path, text, matcher)
    assert set(document_shares(analysis, matcher)) == {"internet-facilitated-crimes"}
