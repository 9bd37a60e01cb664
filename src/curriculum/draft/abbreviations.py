"""Short abbreviations of legal, bibliographic and personal reference that end in a full
stop but never end a sentence before what they abbreviate a reference to.

spaCy's English tokenizer keeps "Dr.", "Mr.", "Gen." and one-letter initials ("s.", "p.")
whole, but splits "Art.", "para.", "Reg.", "ext." or "Insp." into a word and a full stop,
and the sentencizer (and the parser) then end a sentence there: "Art. 16 allows
preservation orders of up to 90 days" became the stem "16 allows preservation orders ...".
Two closed lists, from English legal and bibliographic usage and from ranks and titles:

- ``WHOLE``: abbreviations that are no English word at the end of a sentence, made single
  tokens of the pipeline's tokenizer (``nlp.load``), so neither the sentencizer nor the
  parser ever ends a sentence after them, and "Art. 16" parses as a noun and its number;
- ``before_reference`` / ``before_name``: every abbreviation of the lists, including those
  that are also words ("No.", "art.", "App."), joins the next sentence when that opens with
  what it refers to: a reference (a figure, "(2)", a Roman numeral, "18A") after a
  reference abbreviation, a capitalised name after a title, anything after "cf." or "viz."
  (``nlp.sentence_spans``). "... costs 500 EUR. 12 officers ..." still splits: "EUR" is in
  neither list.
"""

from __future__ import annotations

import re

_REFERENCE_WORDS = (
    "Art Arts art arts Sec Secs sec secs Sect sect ss Para Paras para paras subpara "
    "subparas Subs subs subsec Reg Regs reg regs rr No Nos no nos pp Pt Pts pt pts Ch Chs ch "
    "chs Chap chap Cl Cls cl cls Sch Schs Sched sch sched App Apps app Appx appx Ann ann Vol "
    "Vols vol vols Fig Figs fig figs Ext ext Tel tel fn fns nn Ed Eds ed eds Ser ser Ord ord "
    "Cap cap Doc doc Res res Supp supp Sess sess Bk bk approx Cmnd Cm Ibid ibid Id"
)
REFERENCE = _REFERENCE_WORDS.split()
"""Abbreviations that stand before a reference: Article, Section, paragraph, regulation,
number, pages, Part, Chapter, clause, Schedule, Appendix, Annex, volume, figure, extension,
telephone, footnote(s), edition, series, Order, Chapter (of the laws), document,
resolution, supplement, session, book, approximately, Command paper, ibidem."""

_TITLE_WORDS = (
    "Prof Rev Revd Hon Col Lt Capt Cpt Maj Sgt Cpl Insp Supt Det Cmdr Cdr Const Cllr Sen Rep "
    "Gov Pres Amb Fr Sr Sra Mme Mlle Messrs Mmes Brig Adm Gen Dr Mr Mrs Ms Mt St Ch"
)
TITLES = _TITLE_WORDS.split()
"""Ranks and titles that stand before a name: "Det. Sgt. Moore", "Insp. Harlow",
"Hon. Jane Doe", "Cllr. Reyes" ("Ch." is also "Chief": "Ch. Supt. Okafor")."""

JOINING = ("cf", "viz")
"""Abbreviations that always lead on to what follows them ("cf. Art. 5")."""

_AMBIGUOUS_WORDS = (
    "No Nos no nos art arts App Apps app Ann ann Ed Eds ed eds Cap cap Doc doc Res res Sess "
    "sess Id Ibid ibid Fr Sr Rep Gov Pres Amb Mt Col Sen Sra Ch ch Tel tel Ord ord Cm Ser "
    "ser"
)
AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())
"""Abbreviations that are also words or names and may end a sentence as such ("He said
No.", "modern art.", "Download the App.", "I met Ann."): never single tokens, they join
the next sentence only before a reference or a name."""

NUMBER_SIGNS = frozenset({"No", "no", "Nos", "nos"})
"""Of the ambiguous words, those that before a figure are the number sign whatever stands
before them ("Registered charity no. 1187"): "no" ends a sentence as a word ("He said
no."), and a sentence that then opens with a figure is rare."""

WHOLE = tuple(
    f"{word}." for word in dict.fromkeys(REFERENCE + TITLES + list(JOINING))
    if word not in AMBIGUOUS and len(word) > 1
)
"""Abbreviations the tokenizer keeps with their full stop (one token)."""

_BEFORE = re.compile(r"(?:^|(?<=[\s(\[/\u2013\u2014-]))(?P<word>[A-Za-z]+)\.$")
_REFERENCE_NEXT = re.compile(
    r"^(?:\d|\(\d{1,3}[a-z]?\)|\([a-z]{1,4}\)|[A-Z]{0,2}\d|(?:[IVXLC]{2,}|[VX])(?=$|[\s,.;:)(]))"
)
"""A reference after its abbreviation: "16", "4410", "(2)", "(b)", "A1", "XII", "V"."""
_NAME_NEXT = re.compile(r"^[A-Z][a-z'\u2019-]*[a-z]|^[A-Z]\.")
"""A capitalised name (or an initial) after a title: "Harlow", "O'Neill", "J. Moore"."""


def abbreviation(before: str) -> str:
    """The abbreviation (without its full stop) that ``before`` ends with, or ""."""
    found = _BEFORE.search(before.rstrip())
    return found.group("word") if found is not None else ""


def joins(before: str, after: str) -> bool:
    """The full stop that ends ``before`` is an abbreviation's that leads into ``after``
    ("Art." + "16 allows ...", "Insp." + "Harlow said ...", "cf." + "Art. 5 ...")."""
    word = abbreviation(before)
    if not word:
        return False
    if word in JOINING:
        return True
    if word in AMBIGUOUS and word not in NUMBER_SIGNS and not _leads_reference(
            before[: before.rstrip().rfind(word)]):
        return False
    if word in REFERENCE and _REFERENCE_NEXT.match(after):
        return True
    return word in TITLES and bool(_NAME_NEXT.match(after))


_LEAD_WORDS = (
    "under in of see by to and or with from per at on the a an this that its their his her "
    "cf also for as into within after before than"
)
_LEADS = frozenset(_LEAD_WORDS.split())
"""Words after which a reference is named ("under art. 5", "the No. 12 route")."""


def _leads_reference(before: str) -> bool:
    """What stands before an abbreviation that is also a word lets it be one: the start of
    the text, a mark or a bracket, a name ("Law No. 9/2031") or a word that leads to a
    reference ("under art. 5"). After another word it is the word ending its sentence
    ("They studied modern art. 40 pupils came.")."""
    words = before.rstrip().split()
    if not words or not words[-1][-1:].isalpha():
        return True
    last = words[-1]
    return last[:1].isupper() or last.casefold() in _LEADS


def add_special_cases(tokenizer: object) -> None:
    """Keep each ``WHOLE`` abbreviation with its full stop as one token of ``tokenizer``."""
    from spacy.symbols import ORTH

    for word in WHOLE:
        tokenizer.add_special_case(word, [{ORTH: word}])  # type: ignore[attr-defined]
