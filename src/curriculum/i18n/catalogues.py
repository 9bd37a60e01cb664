"""The words the tool adds to outputs, from one gettext catalogue per language.

Catalogues are PO files under ``curriculum/locale/<lang>/LC_MESSAGES/curriculum.po``,
read at run time with Babel's PO reader (no compile step: a fresh
``pip install -e .`` works, and reading text is deterministic). Python code marks
its interface strings with :func:`N_` (:func:`NN_` for plurals) so that Babel's
extractor finds them; PDF templates reach them by key through
:mod:`curriculum.pdf.catalogue`, the player through :mod:`curriculum.scorm.strings`.
``tests/i18n`` fails when a catalogue misses a string that the PDFs or the player use.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from io import BytesIO
from typing import TYPE_CHECKING, Any

from curriculum.i18n.languages import subtags

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

DOMAIN = "curriculum"
LANGUAGES = ("en", "fr", "es", "ar")
"""Languages with a complete catalogue; others print English (documented in docs/languages.md)."""
FALLBACK = "en"


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction; ``ngettext`` picks the form when shown."""
    return singular, plural


@dataclass(frozen=True)
class Interface:
    """One language's interface text: standard gettext over its catalogue."""

    language: str
    translations: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        """The translation of ``message`` (``message`` itself for a project's own strings)."""
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form for ``count`` under the language's plural rule (CLDR's, via Babel)."""
        return self.translations.ngettext(singular, plural, count)

    def strings(self, messages: tuple[str, ...]) -> dict[str, str]:
        """``messages`` translated, as a mapping for the player's JSON."""
        return {m: self.gettext(m) for m in messages}


SOURCE_TEXT = Interface(FALLBACK, gettext.NullTranslations())
"""The msgids themselves (English): for ``validate``'s messages, without reading a catalogue."""


DEFAULT_QUIZ_TITLE = N_("Knowledge check")
"""The format's default quiz title (``models.Quiz.title``): the tool's words, not the author's."""


def quiz_title(title: str, language: str) -> str:
    """A quiz's title for outputs: the default title in the module's language, others as written."""
    return interface(language).gettext(title) if title == DEFAULT_QUIZ_TITLE else title


def has_catalogue(language: str) -> bool:
    """Whether ``language`` (any BCP 47 tag) has an interface catalogue of its own."""
    return subtags(language)[0] in LANGUAGES


def catalogue_language(language: str) -> str:
    """The catalogue a module's language uses (``fr-CA`` -> ``fr``; unknown -> English)."""
    primary = subtags(language)[0]
    return primary if primary in LANGUAGES else FALLBACK


@lru_cache(maxsize=16)
def interface(language: str) -> Interface:
    """The interface text for ``language`` (read once per process)."""
    from babel.messages.mofile import write_mo

    code = catalogue_language(language)
    catalog = read_catalogue(code)
    if code == "fr":
        for message in catalog:
            if message.id and message.string:
                message.string = _map(french_spacing, message.string)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Interface(code, gettext.GNUTranslations(compiled))


def _map(function: Callable[[str], str], value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return tuple(function(v) for v in value)
    return function(value)


def catalogue_path(code: str) -> Traversable:
    """Where one catalogue language's PO file is in the package."""
    return resources.files("curriculum") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(code: str) -> Catalog:
    """One language's catalogue as Babel reads it."""
    from babel.messages.pofile import read_po

    return read_po(BytesIO(catalogue_path(code).read_bytes()), locale=code, domain=DOMAIN)


_BEFORE = re.compile(r"(?<=[\w)\]»%])[ \u00a0\u202f]*([;:!?])(?!//)")
_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE = re.compile(r"[ \u00a0\u202f]*»")


def french_spacing(text: str) -> str:
    """French typography: a narrow no-break space before ``; : ! ?`` and inside « ».

    A colon in a placeholder or a URL (``{count}``, ``https:``) is left alone: the
    rule applies after a word or a closing character only.
    """
    text = _BEFORE.sub("\u202f\\1", text)
    return _CLOSE.sub("\u202f»", _OPEN.sub("«\u202f", text))
