"""Whose country: a national rule or a national body of the document's own country, named.

A minister's letter states its country's rules and speaks of its national bodies without
naming the country: "Registered offenders must notify police at least 7 days before
travelling abroad", "In 2025 the NCB requested 46 INTERPOL Green Notices". Read alone,
whose law, whose bureau? The document names one country as its own, in the name of the
national body that issued it ("MINISTRY OF THE INTERIOR OF NORTHMERE", "Northmere
Ministry of Justice", "Government of Northmere", "Republic of Northmere") and in its
sentences ("in Northmere"); the stem then says it: "In Northmere, registered offenders
must ...", "In 2025 Northmere's NCB requested ...".

The country (``own_country``) comes from the document's head only (the metadata's
publisher, the title, the first lines: a letterhead): a place after "of" in the name of a
national body (a ministry, a minister, a government, a parliament, a "national" body), or
before a ministry or a government, that the text also uses as a place ("in Northmere",
"Northmere's"); or a state's full name ("Republic of Northmere"). Exactly one such country,
or none is named. A rule stem gets "In Northmere, " (``context._jurisdiction_lead``,
after a law's or the metadata's own lead); a national body of a stem ("the NCB" whose
expansion the text gives as "National Central Bureau (NCB)", "the national centre")
becomes the country's ("Northmere's NCB") in a stem that names no place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from curriculum.draft.author import author_of
from curriculum.draft.clauses import md_escape
from curriculum.draft.jurisdiction import proper_name
from curriculum.draft.standalone import BODIES
from curriculum.draft.stemcheck import StemView

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

_HEAD_LINES = 6
"""Lines of the document's opening read as its letterhead."""
_NATIONAL = re.compile(r"\b(?:Ministry|Minister|Government|Parliament|Cabinet|National|"
                       r"Federal)\b")
"""Words of a national body's name ("Ministry of the Interior of Northmere")."""
_PLACE = r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
_OF_PLACE = re.compile(rf"\b(?:of|for)\s+(?:the\s+)?{_PLACE}\s*$")
_PLACE_FIRST = re.compile(rf"^(?:the\s+)?{_PLACE}\s+(?:Ministry|Government|Parliament|"
                          r"National)\b")
_STATE = re.compile(r"\b(?:the\s+)?((?:Republic|Kingdom|Principality|Grand\s+Duchy|"
                    r"Federation|Commonwealth)\s+of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_PORTFOLIOS = frozenset({"justice", "interior", "home", "affairs", "defence", "defense",
                         "health", "education", "finance", "state", "police", "security",
                         "children", "families", "equality", "culture", "digital",
                         "communications", "foreign", "internal", "social"})
"""Words of a ministry's portfolio ("Ministry of Justice"): no country."""
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "against", "de", "&"})


def own_country(analysis: Analysis) -> str:
    """ "Northmere", "the Republic of Northmere", or "" (see the module docstring); read
    once per document."""
    if analysis.country is None:
        analysis.country = _read_country(analysis)
    return analysis.country


def _head(analysis: Analysis) -> list[str]:
    doc = analysis.doc
    lines = [line.strip(" #*|") for line in str(doc.text).split("\n") if line.strip()]
    out = [doc.meta.publisher, doc.meta.title, analysis.cleaned.title or "",
           *lines[:_HEAD_LINES]]
    parts = [p for s in out if s for p in re.split(r"[,|]|\s[-\u2013\u2014]\s", s)]
    return [_title_case(p.strip()) for p in parts]


def _title_case(text: str) -> str:
    if not text.isupper():
        return text
    return " ".join(w.capitalize() if w.lower() not in _SMALL else w.lower()
                    for w in text.split())


def _read_country(analysis: Analysis) -> str:
    body = str(analysis.doc.text)
    found: dict[str, str] = {}  # the bare place -> as shown
    for part in _head(analysis):
        part = re.sub(r"\s*\([^()]*\)$", "", part).strip()
        state = _STATE.search(part)
        if state is not None:
            shown = "the " + " ".join(state.group(1).split())
            found[shown.split(" of ", 1)[1]] = shown
            continue
        if not _body_name(part):
            continue
        national = _NATIONAL.search(part) is not None
        for pattern in (_OF_PLACE, _PLACE_FIRST):
            match = pattern.search(part)
            if match is None:
                continue
            place = re.sub(r"^the\s+", "", match.group("place"))
            if any(w.lower() in _PORTFOLIOS | {"national", "government"}
                   for w in place.split()):
                continue
            if (national and _used_as_place(body, place)) or _used_as_state(body, place):
                found.setdefault(place, place)
    opening = _OPENING_BODY.search(body[:_HEAD_CHARS])
    if opening is not None:  # "The Government of the Republic of Orlassia welcomes ...":
        shown = "the " + " ".join(opening.group("state").split())  # a State's own reply
        found.setdefault(shown.split(" of ", 1)[1], shown)
    countries = set(found.values())
    if len(countries) != 1:
        return ""
    return countries.pop()


def _used_as_place(body: str, place: str) -> bool:
    """The text uses the name as a place: "in Northmere", "across Northmere",
    "Northmere's"."""
    name = re.escape(place)
    return re.search(rf"\b(?i:in|across|throughout|within|from|to)\s+{name}\b(?!\s+[A-Z])"
                     rf"|(?<![\w-]){name}['\u2019]s\b", body) is not None


_OPENING_BODY = re.compile(r"^[ \t>*_]*(?:\d+\.\s+)?The\s+Government\s+of\s+(?:the\s+)?"
                           r"(?P<state>(?:Republic|Kingdom|Principality|Grand\s+Duchy|"
                           r"Federation|Commonwealth)\s+of\s+[A-Z][\w'-]+)\b", re.M)
"""A paragraph of the document's opening whose subject is a state's government: the
document is that state's own text (a State party's replies, a government's submission)."""


def _body_name(part: str) -> bool:
    """A body's proper name, of up to ``_NAME_WORDS`` words: "Office of the Chief
    Inspector of Constabulary for Albrenna" is longer than most names."""
    words = part.split()
    return 0 < len(words) <= _NAME_WORDS and proper_name(" ".join(words[:8])) and all(
        w[:1].isupper() or w.lower() in _SMALL for w in words)


_NAME_WORDS = 12


def _used_as_state(body: str, place: str) -> bool:
    """The text treats the place as a state with laws and treaties of its own: a law named
    after it ("the Police (Albrenna) Act 2009"), or it is a party to a treaty or ratified
    one ("Albrenna is a party to the Budapest Convention"). An office "for Albrenna" is
    then a state's office, though its name has no national word."""
    name = re.escape(place)
    return re.search(rf"\(\s*{name}\s*\)\s+(?:Act|Law|Code|Regulations|Order)\b"
                     rf"|\b{name}\s+(?:is|was|became|has\s+been)\s+(?:a\s+)?"
                     rf"(?:State\s+)?[Pp]arty\s+to\b|\b{name}\s+(?:has\s+)?ratified\b",
                     body) is not None


def country_lead(analysis: Analysis) -> str:
    """ "In Northmere, " for a rule of the document's own country; "" with none."""
    country = own_country(analysis)
    return f"In {country}, " if country else ""


_NAMED = frozenset({"GPE", "LOC", "NORP"})


def name_national(q: DraftQuestion) -> None:
    """ "the NCB" -> "Northmere's NCB", "the national centre" -> "Northmere's national
    centre" (the module docstring); the stem is left as it is otherwise."""
    parsed = q.sentence.parsed
    country = _short_name(q.analysis, own_country(q.analysis))
    if parsed is None or not country or country.startswith("the "):
        return  # "the Republic of Northmere's NCB" reads badly: left to a lead
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    tokens = view.tokens()
    if any(t.ent_type_ in _NAMED for t in tokens) or country.lower() in q.prompt.lower():
        return
    key = {t.i for t in view.span_tokens(q.key)}
    for token in tokens:
        if token.i in key or not _national_body(q.analysis, token):
            continue
        article = next((c for c in token.children if c.dep_ == "det"), None)
        if article is None or article.lower_ != "the" or article.i in key:
            continue
        words = " ".join(t.text for t in token.doc[article.i + 1 : token.i + 1])
        spelled = rf"National(?:\s+[A-Z][\w'-]*)+\s+\({re.escape(words)}\)|"  # "the NCB"
        # named from earlier as "the National Central Bureau (NCB)" (``referents.py``)
        pattern = re.compile(rf"(?<![\w'-])[Tt]he\s+(?P<body>{spelled}"
                             rf"{re.escape(md_escape(words))})(?![\w'-])")
        found = list(pattern.finditer(q.prompt))
        if len(found) != 1:
            return
        at = found[0]
        shown = f"{md_escape(country)}'s {at.group('body')}"
        q.prompt = q.prompt[: at.start()] + shown + q.prompt[at.end():]
        q.stem_rule += f', "the {words}" named as {country}\'s (the document\'s head)'
        return


def _short_name(analysis: Analysis, country: str) -> str:
    """ "Orlassia" for "the Republic of Orlassia" when the text itself calls the state so
    ("in Orlassia", "Orlassia ratified ..."): "Orlassia's National Police ..." reads well
    where "the Republic of Orlassia's" does not. The country as it is otherwise."""
    if _STATE_KIND.match(country) is None:
        return country
    return _short_in(country, str(analysis.doc.text))


@lru_cache(maxsize=4)
def _short_in(country: str, body: str) -> str:
    """``_short_name`` for a state's full name, once per document (every question of it
    asks, and the two readings scan the whole text)."""
    bare = country.split(" of ", 1)[1]
    return bare if _used_as_place(body, bare) or _used_as_state(body, bare) else country


def _national_body(analysis: Analysis, token: Any) -> bool:
    """ "NCB" that the text spells out as "National Central Bureau (NCB)", a kind of
    body that "national" modifies ("the national centre"), or a body's proper name that
    opens with "National" ("the National Police Child Exploitation Unit") that the text
    never gives with another owner in front ("the US National Center ...")."""
    if _national_name(analysis, token):
        return True
    if token.text.isupper() and len(token.text) >= 2 and token.text.isalpha():
        spelled = re.search(rf"\b(National(?:\s+[A-Z][\w'-]*)+)\s*\(\s*{re.escape(token.text)}"
                            r"\s*\)", str(analysis.doc.text))
        return spelled is not None and len(spelled.group(1).split()) == len(token.text)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in BODIES:
        return False
    before = [t for t in token.children if t.i < token.i and t.dep_ != "det"]
    return [t.lower_ for t in before] == ["national"]


def _national_name(analysis: Analysis, token: Any) -> bool:
    if (token.pos_ != "PROPN" or token.lemma_.lower() not in BODIES | _NATIONAL_THINGS
            or token.dep_ == "compound"):
        return False
    if any(c.dep_ == "prep" and c.i == token.i + 1 and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
           for c in token.children):
        return False  # the name goes on ("the National Center for Missing & Exploited
        # Children"): a body the name alone places, maybe abroad
    before = [t for t in token.doc[token.left_edge.i : token.i] if t.dep_ != "det"]
    if not before or before[0].text != "National" or any(
            t.dep_ != "compound" or t.pos_ != "PROPN" or t.ent_type_ in _NAMED for t in before):
        return False
    name = " ".join(t.text for t in [*before, token])
    body = str(analysis.doc.text)
    return all(body[max(0, m.start() - 4) : m.start()].lower() == "the "
               for m in re.finditer(re.escape(name), body))


_NATIONAL_THINGS = frozenset({"mechanism", "register", "registry", "police"})
"""National systems and forces a country's name goes with ("the National Referral
Mechanism", "the National Police"), besides kinds of body."""


_STATE_KIND = re.compile(r"the ((?:Republic|Kingdom|Principality|Grand Duchy|Federation|"
                         r"Commonwealth)) of \S")
_PARTY_LINE = re.compile(r"^[ \t*#|-]*State party[ \t*]*:[ \t*]*([A-Z][\w'\u2019-]*"
                         r"(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'\u2019-]*){0,3})[ \t*|]*$",
                         re.M)
_HEAD_CHARS = 3000
"""How much of the text's opening a "State party: X" line of its metadata block is read in."""


def name_state(q: DraftQuestion) -> None:
    """ "The Republic was connected ..." -> "The Republic of Caldrenne was connected ...";
    "the State party's observations" -> "Casmaria's observations".

    A state's own document calls it by its kind ("the Republic", "the Kingdom"), and a
    treaty body's Views or concluding observations call the state they are about "the State
    party". A learner reading one question cannot tell which. The document makes it
    certain in its head: the state's full name (``own_country``: "the Republic of
    Caldrenne", of the same kind), or a metadata line "State party: Casmaria" (one, or all
    naming the same state). The stem then shows the name; with none, it is left as it is
    (``stemcheck`` judges it)."""
    country = own_country(q.analysis)
    kind = _STATE_KIND.match(country)
    if kind is not None and country.lower() not in q.prompt.lower():
        pattern = rf"(?<![\w'-])(?P<the>[Tt]he) {kind.group(1)}(?!\s+of\b)(?![\w-])"
        shown = country.removeprefix("the ")
        q.prompt, n = re.subn(pattern, lambda m: f"{m.group('the')} {md_escape(shown)}",
                              q.prompt)
        if n:
            q.stem_rule += f', "the {kind.group(1)}" named as {country} (the document\'s head)'
    party = state_party(q.analysis)
    if party:
        q.prompt, n = re.subn(r"(?<![\w'-])[Tt]he State [Pp]arty(?![\w-])(?!\s+(?:to|of)\b)",
                              md_escape(party), q.prompt)
        if n:
            q.stem_rule += f', "the State party" named as {party} (the document\'s metadata)'
    _name_own_body(q)


def _name_own_body(q: DraftQuestion) -> None:
    """ "the Police Service" -> "the Sarnland National Police Service": a body's own text
    calls it by the last words of its name, capitalised, which a learner reading one
    question cannot place (a police service, but whose?). The document's author
    (``author.author_of``: its metadata, its head) says which, when the short form is the
    end of the author's name, two words at least (one word, "the Service", is
    ``referents.py``'s to name), with no other capitalised word before or after it."""
    author = author_of(q.analysis)
    if author is None or author.plural or not author.article:
        return
    words = author.name.split()
    if author.name.lower() in q.prompt.lower():
        return
    for n in range(len(words) - 1, 1, -1):  # the longest short form first
        tail = " ".join(words[-n:])
        pattern = (rf"(?<![\w'-])(?P<the>[Tt]he) {re.escape(md_escape(tail))}(?![\w'-])"
                   r"(?!\s+[A-Z])(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])")
        q.prompt, found = re.subn(
            pattern, lambda m: f"{m.group('the')} {md_escape(author.name)}", q.prompt)
        if found:
            q.stem_rule += f', "the {tail}" named as the {author.name} ({author.where})'
            return


def state_party(analysis: Analysis) -> str:
    """ "Casmaria" from the metadata line "State party: Casmaria" of the text's opening;
    "" when there is none or two lines name different states."""
    names = {m.group(1) for m in _PARTY_LINE.finditer(str(analysis.doc.text)[:_HEAD_CHARS])}
    return names.pop() if len(names) == 1 else ""
