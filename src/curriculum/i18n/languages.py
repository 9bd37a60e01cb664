"""Every rule about a language tag: text direction, script, and locale formatting.

One place, so that the PDF, the player and the packages never disagree (they
once kept two right-to-left lists of 10 and 13 entries). Direction comes, in
order, from an explicit script subtag (``ku-Arab`` is right-to-left, ``sd-Deva``
left-to-right), from Babel's CLDR data (``Locale.parse(tag).character_order``),
and for languages CLDR does not know from :data:`RTL_OVERRIDES`.

Babel is imported inside the functions: ``validate`` and ``--help`` never load it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from babel import Locale

Direction = Literal["ltr", "rtl"]

RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand",
                         "samr", "yezi"})
"""ISO 15924 scripts written right to left; an explicit script subtag decides first."""

RTL_OVERRIDES = frozenset({"arc", "sam", "syc", "jrb", "jpr"})
"""Right-to-left languages CLDR has no locale for (Aramaic, Samaritan Aramaic, Classical
Syriac, Judeo-Arabic, Judeo-Persian). Everything CLDR knows is decided by CLDR."""


def subtags(language: str) -> tuple[str, str | None]:
    """The primary language subtag and the script subtag (or None), lower case."""
    parts = language.replace("_", "-").lower().split("-")
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    return parts[0], script


def direction(language: str) -> Direction:
    """``rtl`` or ``ltr`` for a BCP 47 tag (see the module docstring for the order)."""
    primary, script = subtags(language)
    if script is not None:
        return "rtl" if script in RTL_SCRIPTS else "ltr"
    return _primary_direction(primary)


@lru_cache(maxsize=256)
def _primary_direction(primary: str) -> Direction:
    if primary in RTL_OVERRIDES:
        return "rtl"
    known = _cldr_locale(primary)
    if known is None:
        return "ltr"
    return "rtl" if known.character_order == "right-to-left" else "ltr"


@lru_cache(maxsize=256)
def _cldr_locale(language: str) -> Locale | None:
    """Babel's locale for a tag, or None when CLDR has none (never raises)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        primary = subtags(language)[0]
        if primary == language:
            return None
        return _cldr_locale(primary)


def locale_of(language: str) -> Locale:
    """The CLDR locale used to format numbers and dates (English when CLDR has none)."""
    from babel import Locale

    return _cldr_locale(language) or Locale.parse("en")


def format_date(day: dt.date, language: str, pattern: str | None = None) -> str:
    """A date written out in the language (``1 mars 2026``, ``29 de noviembre de 2026``).

    ``pattern`` is a CLDR pattern overriding the locale's ``long`` style; a language
    CLDR does not know gets an ISO date rather than English month names.
    """
    from babel.dates import format_date as babel_date

    locale = _cldr_locale(language)
    if locale is None:
        return day.isoformat()
    return babel_date(day, pattern or "long", locale=locale)


def format_number(value: float, language: str) -> str:
    """A number with the language's separators (``1 234,5`` in French)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_of(language))


def plural_form(language: str) -> str:
    """The gettext ``Plural-Forms`` expression CLDR gives for the language."""
    from babel.messages.plurals import get_plural

    return get_plural(locale_of(language)).plural_forms
