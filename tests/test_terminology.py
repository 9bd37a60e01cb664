"""The terminology lint (content brief section 5)."""

from __future__ import annotations

import pytest

from curriculum.terminology import lint_text

TITLE = "Optional Protocol on the sale of children, child prostitution and child pornography"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Seized child-pornography files.", ["child-pornography"]),
        ("Two paedophiles and a pedophile.", ["paedophiles", "pedophile"]),
        ("Online sexual coercion and extortion (sextortion).", []),
        ("Sextortion cases rose.", ["Sextortion"]),
        ('So-called "self-generated" material.', []),
        ("Self-generated material.", ["Self-generated"]),
        ("The CP unit; cp is lower case.", ["CP"]),
        ("Child abuse material (CAM) is INTERPOL's historical term.", []),
        ("Webcam child sex tourism.", ["Webcam child sex tourism"]),
    ],
)
def test_terms_found_and_allowed_uses(text: str, terms: list[str]) -> None:
    assert [f.term for f in lint_text(text)] == terms


def test_quoted_titles_may_wrap_lines_and_must_match_an_exception_whole() -> None:
    text = (
        'The "Optional Protocol on the sale of children, child prostitution\n'
        '  and child pornography" entered into force.\n\nA "child pornography" case.'
    )
    findings = lint_text(text, (TITLE,))
    assert [(f.term, f.quoted_span) for f in findings] == [
        ("child pornography", '"child pornography"')
    ]
