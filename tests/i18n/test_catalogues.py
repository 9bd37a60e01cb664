"""The interface catalogues: complete for every string used, plurals, French spacing."""

from __future__ import annotations

import re

import pytest

from curriculum.i18n.catalogues import LANGUAGES, french_spacing, interface, read_catalogue
from curriculum.i18n.extract import used_messages
from curriculum.pdf.catalogue import strings

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _key(message: str | tuple[str, str]) -> str:
    return message[0] if isinstance(message, tuple) else message


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_used_string_is_translated(code: str) -> None:
    """A string a template or the code uses and a catalogue lacks fails here, by name."""
    catalog = read_catalogue(code)
    missing = []
    for message, where in used_messages().items():
        entry = catalog.get(_key(message))
        strings = entry.string if entry is not None else ""
        forms = list(strings) if isinstance(strings, (tuple, list)) else [strings]
        plural = isinstance(message, tuple)
        if entry is None or not all(forms) or (plural and len(forms) != catalog.num_plurals):
            missing.append(f"{_key(message)!r} ({where[0]})")
    assert missing == [], f"{code}: missing or incomplete: {missing}"


def test_the_scan_finds_templates_and_code() -> None:
    used = used_messages()
    assert "Key points" in used and "Tick one answer." in used and "Learner handout" in used
    assert ("{n} point", "{n} points") in used  # the PDFs' counted texts
    assert "Submit answers" in used and ("{n} minute", "{n} minutes") in used  # the player's
    assert "Disclosure is not limited." in used  # the player's handling banner
    assert len(used) > 150


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code: str) -> None:
    for entry in read_catalogue(code):
        if not entry.id:
            continue
        source = entry.id[0] if isinstance(entry.id, (tuple, list)) else entry.id
        wanted = set(PLACEHOLDER.findall(str(source)))
        strings = entry.string if isinstance(entry.string, (tuple, list)) else [entry.string]
        for form in strings:
            found = set(PLACEHOLDER.findall(str(form)))
            # Arabic spells out one and two ("نقطتان"): a plural form may drop the number.
            assert found <= wanted and (found == wanted or entry.pluralizable), (code, source)
            assert str(form).format(**dict.fromkeys(wanted, 1))  # no stray brace


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("en", 1, "1 point"), ("en", 2, "2 points"), ("fr", 0, "0 point"), ("fr", 1, "1 point"),
    ("fr", 2, "2 points"), ("es", 1, "1 punto"), ("es", 3, "3 puntos"),
    ("ar", 1, "نقطة واحدة"), ("ar", 2, "نقطتان"), ("ar", 5, "5 نقاط"), ("ar", 11, "11 نقطة"),
    ("ar", 100, "100 نقطة"),
])
def test_plural_forms_follow_the_language(language: str, count: int, expected: str) -> None:
    assert strings(language).n_points(count) == expected


def test_regional_tags_use_their_language_and_unknown_ones_english() -> None:
    assert interface("fr-CA").gettext("Key points") == "Points clés"
    assert interface("ar-EG").gettext("Answer key") == "مفتاح الإجابات"
    assert interface("de").gettext("Key points") == "Key points"


def test_french_spacing() -> None:
    assert french_spacing("Réponse : oui ! Vraiment ? Oui ; « bien »") == (
        "Réponse\u202f: oui\u202f! Vraiment\u202f? Oui\u202f; «\u202fbien\u202f»")
    assert french_spacing("Voir https://example.org : %(quiz)s") == (
        "Voir https://example.org\u202f: %(quiz)s")
    assert interface("fr").gettext("Answer:") == "Réponse\u202f:"
    assert interface("fr").gettext("Why:") == "Pourquoi\u202f:"
