"""The one place that knows languages: direction, script, number and date formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from curriculum.i18n.languages import direction, format_date, format_number, plural_form
from curriculum.loader import load_project


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "ltr"), ("fr-CA", "ltr"), ("es", "ltr"), ("ku", "ltr"), ("tr", "ltr"),
    ("ar", "rtl"), ("ar-EG", "rtl"), ("he-IL", "rtl"), ("fa", "rtl"), ("ur", "rtl"),
    ("ckb", "rtl"), ("ps", "rtl"), ("ug", "rtl"), ("yi", "rtl"), ("dv", "rtl"), ("sd", "rtl"),
    ("ks", "rtl"), ("syr", "rtl"),
    # A script subtag decides before the language: Kurmanji in Arabic script, Sindhi in
    # Devanagari, Azerbaijani in Arabic script.
    ("ku-Arab", "rtl"), ("sd-Deva", "ltr"), ("az-Arab", "rtl"), ("ks-Deva", "ltr"),
    # Languages CLDR has no locale for: the documented override list, else left to right.
    ("arc", "rtl"), ("syc", "rtl"), ("qaa", "ltr"),
])
def test_direction_of_a_language_tag(language: str, expected: str) -> None:
    assert direction(language) == expected


def test_dates_and_numbers_follow_the_locale() -> None:
    day = dt.date(2026, 3, 1)
    assert format_date(day, "en") == "March 1, 2026"
    assert format_date(day, "fr") == "1 mars 2026"
    assert format_date(day, "es") == "1 de marzo de 2026"
    assert "2026" in format_date(day, "ar") and "مارس" in format_date(day, "ar")
    assert format_number(1234.5, "fr") == "1\u202f234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(1234.5, "qaa") == "1,234.5"


def test_plural_rules_come_from_cldr() -> None:
    assert plural_form("en").startswith("nplurals=2;")
    assert plural_form("fr") == "nplurals=2; plural=(n > 1);"
    assert plural_form("ar").startswith("nplurals=6;")


def test_loaded_modules_are_resolved_once(tmp_path: Path) -> None:
    """Language, direction and handling are never empty after loading."""
    (tmp_path / "curriculum.yaml").write_text(
        "title: T\nlanguage: ckb\nhandling: TLP:GREEN\nthemes:\n  - id: t\n    title: T\n",
        encoding="utf-8")
    modules = tmp_path / "modules"
    modules.mkdir()
    body = ("id: {id}\ntitle: M\ntheme: t\nduration: 10\nlevel: foundation\n"
            "audience: [investigators]\nobjectives:\n  - id: o1\n"
            "    text: Describe the process.\n    bloom: understand\n"
            "sections:\n  - id: s1\n    title: S\n    body: Some text.\n{extra}")
    (modules / "a.yaml").write_text(body.format(id="a", extra=""), encoding="utf-8")
    (modules / "b.yaml").write_text(body.format(id="b", extra="language: fr\n"),
                                    encoding="utf-8")
    project = load_project(tmp_path)
    found = {m.module.id: m.module for m in project.modules}
    assert [d.message for d in project.diagnostics if d.severity == "error"] == []
    assert (found["a"].language, found["a"].direction, found["a"].handling) == (
        "ckb", "rtl", "TLP:GREEN")
    assert (found["b"].language, found["b"].direction) == ("fr", "ltr")
