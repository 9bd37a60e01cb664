# ruff: noqa: E501  (texts and stems are kept whole so they read as a source and a learner do)
"""Issue #9, blind review 12: a sentence was split after a short abbreviation before a
number ("Art." + "16 allows preservation orders ..." gave the stem "16 allows ..."), and
after a title before a name. A legal, bibliographic or personal abbreviation before what
it refers to ends no sentence, in the project's splitting and in spaCy's parse. Short
texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from test_draft_standalone import drafted

from curriculum.draft import nlp
from curriculum.draft.themes import ThemeMatcher


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in nlp.sentence_spans(text)]


def test_a_reference_abbreviation_before_its_number_ends_no_sentence() -> None:
    text = ("Under Reg. 7 the clerk files the form. Call the desk on ext. 2081 after noon. "
            "See Sch. 2, para. 4(b) and Pt. III of the rules. The fee is set in No. 14 of the tariff. "
            "Registered charity no. 5521-08 runs it. "
            "Plans are in vol. 2, fig. 6 (cf. Art. 9 of the treaty). Art. 12a applies too.")
    assert _sentences(text) == [
        "Under Reg. 7 the clerk files the form.",
        "Call the desk on ext. 2081 after noon.",
        "See Sch. 2, para. 4(b) and Pt. III of the rules.",
        "The fee is set in No. 14 of the tariff.",
        "Registered charity no. 5521-08 runs it.",
        "Plans are in vol. 2, fig. 6 (cf. Art. 9 of the treaty).",
        "Art. 12a applies too.",
    ]


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = "The file went to Insp. Okoro and Det. Sgt. Lindqvist. Cllr. Brandt signed it."
    assert _sentences(text) == [
        "The file went to Insp. Okoro and Det. Sgt. Lindqvist.",
        "Cllr. Brandt signed it.",
    ]


def test_a_word_or_a_unit_that_ends_a_sentence_still_ends_it() -> None:
    """"No." and "art." are words too; a currency or a year before a figure is no abbreviation."""
    text = ("The board said No. Then it met again. The fine was 300 EUR. 12 parents paid it. "
            "They studied modern art. 40 pupils came. The rule began in 2019. 16 schools use it.")
    assert _sentences(text) == [
        "The board said No.", "Then it met again.", "The fine was 300 EUR.", "12 parents paid it.",
        "They studied modern art.", "40 pupils came.", "The rule began in 2019.", "16 schools use it.",
    ]


def test_the_parse_reads_the_abbreviation_with_its_number() -> None:
    doc = nlp.parse(["Art. 21 allows an extension of up to 60 days."])[0]
    assert [t.text for t in doc][:3] == ["Art.", "21", "allows"]
    assert len(list(doc.sents)) == 1


def test_a_stem_keeps_the_abbreviation_that_opens_its_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    text = ("# Keeping data held by service providers\n\n"
            "Art. 21 of the regional treaty allows keeping orders of up to 60 days, renewable once. "
            "Under Reg. 9 an analyst must send the order to the provider within 36 hours.\n")
    kept, below = drafted(tmp_path, text, matcher)
    prompts = [q.prompt for q in kept + below if q.rule == "count"]
    assert sorted(prompts) == [
        "Art. 21 of the regional treaty allows keeping orders of up to ____ days, renewable once.",
        "Under Reg. 9 an analyst must send the order to the provider within ____ hours.",
    ]
    assert not [q for q in kept + below if q.prompt[:1].isdigit()]
