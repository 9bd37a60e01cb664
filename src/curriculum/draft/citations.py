"""A stem names what it cites: "the 1989 Act", "Article 16", "the Code" shown by their names.

A document names an instrument, a scheme or a body once in full and then cites it by a
short or relative name: "the Child Abduction (Northmoor) Act 1989 ("the 1989 Act")", then
"Under section 1 of the 1989 Act ..."; "the Missing Persons Code of Practice", then "The
Code requires ..."; a bill's title, then "Clause 3 requires ...". Lifted out of the text, the
stem no longer says which Act, code or convention it means, and a learner cannot answer
"Under section 41, preservation lasts how many days?" without the source open (blind review
16: most of the "edit" verdicts named the instrument; rubric 4 when it could not be named).

Two kinds of short citation are read from the stem's parse:

- **a short name**: "the" (and at most a year) before a capitalised word of a closed class
  of instrument and body kinds (``KINDS``: Act, Bill, Code, Convention, Scheme, Order,
  Department, Unit, ...), the name going on no further ("the Code", "the 1989 Act",
  "The Department's"; not "the Budapest Convention", "the Code of Practice");
- **a bare provision**: a provision's word and number ("Article 16", "Clause 3",
  "Regulation 6") that no "of ..." and no bracket anchors, in a stem naming no instrument
  ("Under the Offender Travel Code, Rule 4 ..." is the code's rule). ``PARTS`` says what
  it is part of: an article is a convention's, a directive's ...

Each is resolved from the document, never guessed:

0. a provision the text has already tied to one instrument by the same word and number
   ("Article 3 of the Palermo Protocol" above "Article 3(d) defines ..."): that one
   (``_anchored``), whatever other instruments of the kind the text names;
1. a short name the text defines in brackets after the full name ("... Act 1989 ("the 1989
   Act")", "the Department for Children and Families (the Department)");
2. else the one full name of the kind the document holds, in its title or its text (a run
   of capitalised words holding the kind's word, with the year if the citation has one);
   a name inside a longer one ("Code of Practice" in "Missing Persons Code of Practice")
   is the same name. Two different names of the kind make it ambiguous.

A resolved citation is shown by its name ("the Child Abduction (Northmoor) Act 1989",
"Article 16 of the Council of Europe Budapest Convention") and the stem rule says so; the
quote stays the source's sentence. A name that holds the answer or an option is not shown
(it would give the answer away). An instrument or a provision that cannot be resolved, or
resolves to two names, costs the candidate ``UNRESOLVED`` with the reason in the audit, so a
self-contained candidate is chosen instead (a law's short name that resolves to two names
or more is held as well: no theme takes it for want of another question); a provision
only when the rule comes from it (the clause's subject, or after "under"/"by"), not when it
is a modifier inside the rule ("an offence defined in subsection (2) of section 14": a
trainer strikes it). A body's
kind left unresolved ("the Unit") is already judged as pointing back (``stemcheck``); it is
only named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from curriculum.draft import standalone
from curriculum.draft.referents import Named
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.sentences import Sentence
    from curriculum.draft.stemcheck import Score

UNRESOLVED = -0.4
"""What a stem citing an instrument the document does not name unambiguously costs: from a
typical 0.85, below the threshold and the top-up's floor."""

LAWS = word_set("""Act Acts Bill Code Convention Directive Regulation Regulations Order
    Protocol Treaty Charter Statute Ordinance Decree Rules Scheme Instruction Guidance
    Framework Constitution""")
"""Kinds of instrument, scheme or document cited by their kind once named: unresolved,
the stem cannot be answered without the source."""
BODIES = word_set("""Department Ministry Unit Service Agency Authority Office Bureau Panel
    Board Commission Committee Council Directorate Division Centre Center Secretariat
    Inspectorate Tribunal Team Hub Command Taskforce""")
"""Kinds of body capitalised as their own name ("the Department"): named when the text
resolves them; ``stemcheck`` already judges them when it does not."""
KINDS = LAWS | BODIES
JUDGED = standalone.BODIES | standalone.INITIATIVES | standalone.LAWS
"""Kinds ``stemcheck`` already judges as pointing back when unresolved ("the Scheme",
"the Protocol", "the Bill"): not judged twice."""
PARTS = {
    "article": ("Convention", "Directive", "Regulation", "Protocol", "Treaty", "Charter"),
    "articles": ("Convention", "Directive", "Regulation", "Protocol", "Treaty", "Charter"),
    "clause": ("Bill", "Act"),
    "section": ("Act", "Bill", "Code", "Order"),
    "schedule": ("Act", "Bill", "Order"),
    "regulation": ("Regulations",),
    "rule": ("Rules",),
}
"""A provision's word and the kinds of instrument it is part of, the likelier first."""
_ANCHORS = word_set("of to in under")
"""After a provision's number: "section 41 of ...": the stem says whose."""
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NUMBER = re.compile(r"^\d+[A-Za-z]{0,2}$")
"""A provision's number, whole: "16", "22A". "Section A" is a part of a form; "12(4A)" and
"3(d)" are read whole by ``_subdivision_end``."""
_SMALL = frozenset({"of", "and", "for", "on", "in", "the", "to", "against", "de", "&"})
_INNER = frozenset({"of", "on", "for", "to", "in", "against"})
"""Before "the" inside a name ("Convention on the Rights of the Child")."""
_WORD = re.compile(r"\([^()\n]{1,60}\)|[^\s()]+")
_CAPITAL = re.compile(r"^[\"\u201c\u2018']?[A-Z][\w'\u2019&.-]*[\"\u201d\u2019']?$")
_BRACKETED = re.compile(r"^\([A-Z][^()]*\)$")
_RIGHT = re.compile(
    r"(?:[ \t]*\n?[ \t]*(?:of|for|on|against|in)(?:\s+the)?\s+[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:and|of|the|for|on|in|to)\s+)*[A-Z][\w'\u2019-]*)*)?"
    r"(?:[ \t]+\([A-Z][a-z][\w' -]{0,40}\))?"
    r"(?:,?\s+(?:of\s+)?(?:1[89]|20)\d\d(?![\w-]))?(?:\s+No\.\s*[\w/.-]*\w)?")
"""What may follow a kind's word inside its name: "Code of Practice", "Department for
Children and Families", "Act 1989", "Act (Northfell) 2014", "Law No. 47/2026"; not an
acronym in brackets ("Centre (VOCSC)")."""


@dataclass(frozen=True)
class Cite:
    """A short citation in a stem."""

    start: int
    end: int
    """File offsets of the phrase ("the 1989 Act", "Article 16")."""
    kind: str
    """The instrument's or body's kind ("Act"), or the provision's word ("article")."""
    year: str = ""
    possessive: bool = False
    """Followed by "'s" ("The Department's guidance")."""
    same: bool = False
    """ "the same Convention": the instrument of the kind named last before it."""
    frames: bool = True
    """The citation is where the rule comes from: the clause's subject ("Article 16
    allows"), or after "under"/"by" ("Under section 41, ..."); not a modifier inside the
    rule ("an offence defined in subsection (2) of section 14"), which a trainer strikes."""

    split: bool = False
    """A provision cited down to a subdivision ("Article 3(d)", "section 12(4A)"): named
    when the document resolves it, never costed when it does not (a trainer names it)."""

    @property
    def provision(self) -> bool:
        return self.kind in PARTS


def apply(q: DraftQuestion) -> None:
    """Show each short citation of ``q``'s prompt by its name (module docstring). Called
    when the prompt is final (``DraftQuestion.finish``): after the context and the lead-in
    carried in front of it ("Under the Child Protection Act 2027, ...", "The Code
    requires" + a list item), so a law a lead-in names is not named twice."""
    for cite in cites(q):
        _show(q, cite)


def _show(q: DraftQuestion, cite: Cite) -> None:
    named = _named(q, cite)
    if named is None:
        return
    before = q.prompt
    q.prompt = _shown(q.prompt, named)
    if q.prompt != before:
        q.named.append(named)
        q.stem_rule += f', "{named.phrase}" named as in line {named.line}'


def judge(q: DraftQuestion, result: Score) -> None:
    """Cost a candidate whose stem cites an instrument or a provision it cannot name."""
    left = {(c.start, c.end): c for c in cites(q) if not _done(q, c) and c.frames
            and not c.split and (c.provision or (
                c.kind in LAWS and c.kind.lower() not in JUDGED))}  # once each
    if not left:
        return
    doc = q.analysis.doc
    shown = ", ".join(dict.fromkeys(f'"{doc.display(c.start, c.end)}"' for c in left.values()))
    why = {_resolve(q, c)[1] or "its name would give the answer away" for c in left.values()}
    result.add(UNRESOLVED, f"cites {shown} by a short name the document does not resolve "
               f"({'; '.join(sorted(why))}): a learner cannot tell which instrument is meant")
    if any(_ambiguous(q, c) for c in left.values()):
        result.hold("")  # "The default period in the Act is 7 days" of a form citing two
        # Acts: which Act's period it is, no learner can tell (blind review 20, a2, X), and
        # no theme is worth a question that cannot be answered without the source open


def _ambiguous(q: DraftQuestion, cite: Cite) -> bool:
    """A law's short name ("the Act") that the document neither defines nor names once:
    it names two laws of the kind or more, and whose the stem means would be a guess."""
    return not cite.provision and _resolve(q, cite)[0] is None and len(
        _document_names(q, cite.kind, cite.year, cite.start)) > 1


def cites(q: DraftQuestion) -> list[Cite]:
    """The short citations of ``q``'s stem (inside its pieces, none holding the answer) and
    of the context carried in front of it."""
    return _cites_in(q.sentence, q.pieces or ((q.sentence.start, q.sentence.end),), q) + (
        _lead_cites(q))


def _lead_cites(q: DraftQuestion) -> list[Cite]:
    """The short citations of the carried context: of the sentence it quotes, or, for a
    lead-in made of its list's lead ("The Code requires " of "The Code sets three grades
    and requires:"), those of the lead that the made lead-in shows."""
    carried = q.carried
    if carried is None:
        return []
    if carried.end > carried.start:
        for other in [q.sentence.lead, *q.analysis.sentences]:
            if other is not None and other.start == carried.start and other.end >= carried.end:
                return _cites_in(other, ((carried.start, carried.end),), q)
        return []
    lead = q.sentence.lead
    if lead is None:
        return []
    doc = q.analysis.doc
    return [c for c in _cites_in(lead, ((lead.start, lead.end),), q)
            if doc.display(c.start, c.end).casefold() in carried.lead.casefold()]


def _cites_in(sentence: Sentence, pieces: Any, q: DraftQuestion) -> list[Cite]:
    parsed = sentence.parsed
    if parsed is None:
        return []
    base = sentence.start
    out = []
    tokens = list(parsed)
    for n in range(len(tokens)):
        found = _short_name(tokens, n) or _provision(tokens, n, q.prompt)
        if found is None:
            continue
        start, end, kind, year = found
        head = tokens[n]
        frames = kind not in PARTS or head.dep_ in ("nsubj", "nsubjpass") or (
            head.dep_ == "pobj" and head.head.lower_ in ("under", "by"))
        lo, hi = base + tokens[start].idx, base + tokens[end].idx + len(tokens[end].text)
        if not any(s <= lo and hi <= e for s, e in pieces) or (q.key[0] < hi and lo < q.key[1]):
            continue
        before = parsed.text[: tokens[start].idx]
        if before.count("(") > before.count(")"):
            continue  # "(section 41(1) of the Act)": where the text says it, no part of the claim
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        same = kind not in PARTS and tokens[start + 1].lower_ == "same"
        out.append(Cite(lo, hi, kind, year, after is not None and after.text in ("'s", "\u2019s"),
                        same, frames, kind in PARTS and end > n + 1))
    return out


def _short_name(tokens: list[Any], n: int) -> tuple[int, int, str, str] | None:
    """ "the Code", "the 1989 Act": (first, last token index, kind, year) or None."""
    token = tokens[n]
    if token.text not in KINDS or token.dep_ == "compound":
        return None
    at, year = n - 1, ""
    if at >= 0 and _YEAR.match(tokens[at].text):
        year, at = tokens[at].text, at - 1
    if at >= 0 and tokens[at].lower_ == "same" and not year:
        at -= 1  # "the same Convention": the one named last (``_resolve``)
    if at < 0 or tokens[at].lower_ != "the":
        return None
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is not None and (after.text[:1].isupper() or after.text[:1] == "(" or (
            after.lower_ in ("of", "for", "on") and n + 2 < len(tokens)
            and tokens[n + 2].text[:1].isupper())):
        return None  # "the Code of Practice", "the Act (Northmoor)": the name goes on
    if after is not None and _YEAR.match(after.text):
        return None  # "the Act 1989"
    return at, n, token.text, year


def _provision(tokens: list[Any], n: int, prompt: str) -> tuple[int, int, str, str] | None:
    """ "Article 16", "Clause 3": a provision by number that nothing anchors."""
    token = tokens[n]
    kinds = PARTS.get(token.lower_)
    if kinds is None or n + 1 >= len(tokens):
        return None
    last = _subdivision_end(tokens, n + 1)
    if last is None:
        return None
    if token.lower_ == "regulation" and token.text[:1].islower():
        return None  # "regulation 6" lower case is mostly a rule of a scheme, read as such
    if n > 0 and tokens[n - 1].text == "(":
        return None  # "(Article 29)": where the text says it, no part of the claim
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.lower_ in _ANCHORS:
        return None  # "section 41 of the 2011 Act"
    if any(_names_of(prompt, kind) for kind in LAWS):
        return None  # the stem names an instrument: the provision is its
    if n > 0 and tokens[n - 1].tag_ == "PRP$":
        return n - 1, last, token.lower_, ""  # "its Article 1": named, "its" goes
    return n, last, token.lower_, ""


_SUBDIVIDED = re.compile(r"\d+[A-Za-z]{0,2}(?:\([0-9A-Za-z]{1,4}\))+")
"""A provision's number with its subdivisions written on to it: "3(d)", "29(7)", "12(4A)(b)"."""


def _subdivision_end(tokens: list[Any], at: int) -> int | None:
    """The last token of the provision's number at ``at``: the number itself ("16"), or
    the closing bracket of its last subdivision ("3(d)": the parser splits it "3(d" and
    ")", or "3", "(", "d", ")"), so "Article 3(d)" is named whole; None for no number."""
    if _NUMBER.match(tokens[at].text) and (
            at + 1 >= len(tokens) or tokens[at + 1].text != "("
            or tokens[at + 1].idx != tokens[at].idx + len(tokens[at].text)):
        return at
    text = tokens[at].doc.text
    found = _SUBDIVIDED.match(text, tokens[at].idx)
    if found is None:
        return None
    for token in tokens[at:]:
        if token.idx + len(token.text) == found.end():
            return int(token.i - tokens[0].i)
        if token.idx >= found.end():
            break
    return None  # the bracket runs on into a word ("12(4A)bis"): cited as written


_POSSESSIVE = re.compile(r"^(?:its|their|his|her|our)\s+", re.I)


def _done(q: DraftQuestion, cite: Cite) -> bool:
    """Named already (here or by ``referents``), or its name is in the prompt (a lead-in
    "Under the Child Protection Act 2027, " says whose section it is)."""
    if any(n.start <= cite.start and cite.end <= n.end for n in q.named):
        return True
    if cite.provision:
        return False
    return any(cite.kind in name and (not cite.year or cite.year in name)
               for name in _names_of(q.prompt, cite.kind))


def _named(q: DraftQuestion, cite: Cite) -> Named | None:
    """The citation shown by its name, or None (unresolved, or a name that gives the
    answer away)."""
    if _done(q, cite):
        return None
    found, _ = _resolve(q, cite)
    if found is None:
        return None
    name, offset = found
    if cite.kind in BODIES and not own_body_name(q, cite.kind, name):
        return None  # another body than the issuer, or "the Committee" left in doubt
    answers = [a for a in [*q.answers, *(t for t, _ in q.options)] if a.strip()]
    if any(re.search(rf"(?<![\w-]){re.escape(a.strip())}(?![\w-])", name, re.I) for a in answers):
        return None  # the name would give the answer away
    doc = q.analysis.doc
    phrase = doc.display(cite.start, cite.end)
    if phrase not in q.prompt and phrase[:1].upper() + phrase[1:] in q.prompt:
        phrase = phrase[:1].upper() + phrase[1:]  # the stem opens with it
    line = doc.line_of(offset) if offset >= 0 else 1
    if cite.provision:
        bare = _POSSESSIVE.sub("", phrase)  # "Under its Article 1" names "Article 1 of the
        # Convention ...", never "its Article 1 of the Convention" (blind review 24b)
        start, phrase = _short_premodifier(q, cite, phrase, name)
        bare = bare[:1].upper() + bare[1:] if phrase[:1].isupper() else bare
        return Named(start, cite.end, phrase, f"{bare} of the {name}", line, False)
    if cite.possessive:
        phrase += "'s"
        name += "'" if name.endswith("s") else "'s"
    return Named(cite.start, cite.end, phrase, name, line, True)


def _short_premodifier(q: DraftQuestion, cite: Cite, phrase: str, name: str) -> tuple[int, str]:
    """A provision cited with its instrument's short name in front ("Budapest Article 35")
    is shown "Article 35 of the Budapest Convention", the short name taken in, never
    "Budapest Article 35 of the Budapest Convention" (blind review 27a)."""
    text = q.analysis.doc.text  # the rules' text: markup blanked, offsets the file's
    match = re.search(r"(?<![\w-])([A-Z][\w-]+)([ \t]+)$", text[max(0, cite.start - 40):cite.start])
    if match is None or match.group(1) not in name.split() or match.group(1) in _NOT_SHORT:
        return cite.start, phrase
    taken = f"{match.group(1)} {phrase}"
    if taken not in q.prompt:
        return cite.start, phrase
    return cite.start - len(match.group(0)), taken


_NOT_SHORT = frozenset({"The", "Under", "In", "By", "Of", "European", "United", "Nations"})
"""Capitalised words before a provision that are no short name of its instrument."""


def own_body_name(q: DraftQuestion, kind: str, name: str) -> bool:
    """Whether ``name`` may show a body's "the <kind>": not when the document's issuer of
    the kind is another body, nor when ``referents`` left the phrase in doubt between the
    issuer and another body (``issuer.py``)."""
    from curriculum.draft.issuer import rival  # issuer -> author -> ... -> here

    if any(w.startswith("referent: ") for w in q.warnings):
        return False
    return not rival(q.analysis, kind, name)


def _resolve(q: DraftQuestion, cite: Cite) -> tuple[tuple[str, int] | None, str]:
    """(name, offset) of what ``cite`` means, or None and why not."""
    doc = q.analysis.doc
    if cite.provision:
        anchored = _anchored(q, cite)
        if anchored is not None:
            return anchored, ""
        for kind in PARTS[cite.kind]:
            titled = _title_names(q, kind, "")
            if len(titled) == 1:
                return titled[0], ""
        names = [n for kind in PARTS[cite.kind] for n in _document_names(q, kind, "", cite.start)]
        if len(names) == 1:
            return names[0], ""
        if names:  # an Act and a Code before "section 42": whose it is would be a guess
            return None, f"{len(names)} instruments named: " + ", ".join(n for n, _ in names)
        return None, f"no {'/'.join(PARTS[cite.kind])} named before it"
    if cite.same:
        return _last_named(q, cite)
    defined = _defined(doc.text, cite.kind, cite.year)
    if defined is not None and defined[1] < cite.start:
        return defined, ""
    titled = _title_names(q, cite.kind, cite.year)
    if len(titled) == 1:
        return titled[0], ""
    names = _document_names(q, cite.kind, cite.year, cite.start)
    if len(names) == 1:
        return names[0], ""
    what = f"{cite.year} {cite.kind}".strip()
    if names:
        return None, f'{len(names)} names for "{what}": ' + ", ".join(n for n, _ in names)
    return None, f"no {what} named in full before it"


_ABBREVIATED = {"article": r"(?:Article|Art\.)", "articles": r"(?:Article|Art\.)",
                "section": r"(?:[Ss]ection|s\.)"}
"""How a text may write a provision's word where it anchors it to its instrument."""


def _anchored(q: DraftQuestion, cite: Cite) -> tuple[str, int] | None:
    """The instrument the text itself ties the same provision to before the citation:
    "Article 3 of the Palermo Protocol" or "(Palermo Protocol, Article 3)" above "Article
    3(d) defines ...", whatever other instruments of the kind the text names (a convention
    the protocol supplements). Every such anchor before the citation must agree: one
    anchored to another name, or to words holding none of the name's kind ("Article 3 of
    the Act"), leaves the choice to ``_resolve``'s other steps. None when there is none."""
    doc = q.analysis.doc
    phrase = _POSSESSIVE.sub("", doc.display(cite.start, cite.end))
    number = re.match(r"\S+\s+(\d+[A-Za-z]{0,2})", phrase)
    if number is None:
        return None
    word = _ABBREVIATED.get(cite.kind, re.escape(cite.kind))
    provision = (rf"(?<![\w-])(?i:{word})\s+{re.escape(number.group(1))}(?![\w-])"
                 r"(?:\([^()\s]{1,4}\))*")
    text = doc.text[: cite.start]
    names = [(n, o) for kind in PARTS[cite.kind] for n, o in _offsets_of(text, kind)]  # each
    # place a name is written, not only its first: the anchor may be a later mention
    found: set[str] = set()
    first: dict[str, int] = {}
    for match in re.finditer(provision, text):
        after = re.match(r"\s+of\s+(?:the\s+)?", text[match.end():])
        if after is not None:
            at = match.end() + after.end()
            tied = [(n, o) for n, o in names if o == at]
            if not tied:
                words = text[at : at + 200].split()[:12]
                kinds = [k for k in PARTS[cite.kind] if k in words]
                found.add("?" + "/".join(kinds))
                continue
        else:
            tied = [(n, o) for n, o in names
                    if re.fullmatch(r"[\s,(]{1,3}", text[o + len(n) : match.start()] or "x")
                    and text[o : o + len(n)] == n]
        for name, offset in tied:
            found.add(name)
            first.setdefault(name, offset)
    real = [n for n in found if not n.startswith("?")]
    if len(real) != 1:
        return None
    name = real[0]
    if any(n.startswith("?") and not any(k in name.split() for k in n[1:].split("/") if k)
           for n in found):
        return None  # "Article 3 of the Act" beside "Palermo Protocol, Article 3"
    return name, first[name]


def _last_named(q: DraftQuestion, cite: Cite) -> tuple[tuple[str, int] | None, str]:
    """ "the same Convention" means the convention the text named last before it, however
    many others it names elsewhere (blind review 27b: "Article 1 of the same Convention")."""
    analysis = q.analysis
    found = [(n, o) for n, o in _offsets_of(analysis.doc.text[:cite.start], cite.kind)]
    if not found:
        return None, f"no {cite.kind} named before it"
    return max(found, key=lambda f: f[1]), ""


def _document_names(q: DraftQuestion, kind: str, year: str, before: int
                    ) -> list[tuple[str, int]]:
    """The different full names of ``kind`` the document's title holds, or its text before
    ``before`` (a short name follows the full one: a name written only after the citation
    may be another instrument's, and naming it would make a wrong key)."""
    analysis = q.analysis
    cache: dict[tuple[str, str], list[tuple[str, int]]] = getattr(analysis, "_cited", {})
    if (kind, year) not in cache:
        title = analysis.doc.meta.title or analysis.cleaned.title or ""
        found = [(n, -1) for n in _names_of(_title_case(title), kind)]
        found += [(n, o) for n, o in _offsets_of(analysis.doc.text, kind)]
        cache[kind, year] = [(n, o) for n, o in found if not year or year in n]
        analysis._cited = cache  # type: ignore[attr-defined]
    return _distinct([(n, o) for n, o in cache[kind, year] if o < before])


def _title_names(q: DraftQuestion, kind: str, year: str) -> list[tuple[str, int]]:
    """The names of ``kind`` in the document's title: what the document is about, and what
    its "the Bill" or "Clause 3" means, whatever else its text cites."""
    title = _title_case(q.analysis.doc.meta.title or q.analysis.cleaned.title or "")
    return _distinct([(n, -1) for n in _names_of(title, kind) if not year or year in n])


def _distinct(found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """One entry per name, the first place it is written; a name inside a longer one
    ("Code of Practice" in "Missing Persons Code of Practice") is the longer."""
    first: dict[str, tuple[str, int]] = {}
    for name, offset in found:
        key = name.casefold()
        if key not in first or (first[key][1] < 0 <= offset):
            first[key] = (name, offset)
    keys = list(first)
    return [first[k] for k in keys
            if not any(k != other and re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", other)
                       for other in keys)]


def _names_of(text: str, kind: str) -> list[str]:
    return [n for n, _ in _offsets_of(text, kind)]


def _offsets_of(text: str, kind: str) -> list[tuple[str, int]]:
    """Every full name holding the capitalised word ``kind`` in ``text``: capitalised words
    (and small words between them) before it, "of ..."/a year after it, at least one
    capitalised word of its own besides the kind ("Budapest Convention", not "the 1989
    Act"); words a sentence may open with ("Under", "Other") are no part of it."""
    out = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", text):
        left = _left_words(text, match.start())
        right = _RIGHT.match(text, match.end())
        tail = right.group(0) if right else ""
        own = [w for w in left if w.lower() not in _SMALL and not _YEAR.match(w)]
        if not own and not re.search(r"\s[A-Z]", tail):
            continue
        name = " ".join(" ".join([*left, kind]).split() + tail.split())
        start = text.rfind(left[0], 0, match.start()) if left else match.start()
        out.append((name, max(0, start)))
    return out


def _left_words(text: str, at: int) -> list[str]:
    """The capitalised words of a name just before ``at`` (within a paragraph), without
    the function words a sentence opens with."""
    window = text[max(0, at - 200) : at]
    if "\n\n" in window:
        window = window[window.rindex("\n\n") + 2 :]
    words: list[str] = []
    tokens = list(_WORD.finditer(window))
    end = len(window)
    for n in range(len(tokens) - 1, -1, -1):
        token = tokens[n]
        gap = window[token.end() : end]
        if gap.strip():
            break
        word = token.group(0)
        if word.lower() == "the" and (n == 0 or tokens[n - 1].group(0) not in _INNER):
            break  # "the Eastfold Protocol and the Westfold Protocol": two names
        if not (_CAPITAL.match(word) or _BRACKETED.match(word) or word in _SMALL
                or _YEAR.match(word)):
            break
        if word.endswith((",", ";", ":", ".")) and words:
            break
        words.insert(0, word)
        end = token.start()
    while words and (words[0].lower() in _SMALL or words[0].lower() in STOP_WORDS
                     or _YEAR.match(words[0]) or _BRACKETED.match(words[0])
                     or words[0].lower().strip("\"\u201c\u2018'") in STOP_WORDS):
        words.pop(0)
    return [w.strip("\"\u201c\u201d\u2018\u2019'") if w[:1] in "\"\u201c\u2018'" else w
            for w in words]


_DEFINED = (r"\(\s*(?:(?:hereafter|hereinafter)\s+)?(?:(?:called|referred\s+to\s+as|known\s+as)"
            r"\s+)?[\"\u201c\u2018']?(?:[Tt]he\s+)?{phrase}[\"\u201d\u2019']?\s*\)")


def _defined(text: str, kind: str, year: str) -> tuple[str, int] | None:
    """The full name a text defines ``the [year] kind`` as, in brackets after it."""
    phrase = (re.escape(year) + r"\s+" if year else "") + re.escape(kind)
    for match in re.finditer(_DEFINED.format(phrase=phrase), text):
        left = _left_words(text, match.start())
        name = " ".join(" ".join(left).split())
        if len(left) >= 2 and kind in name.split() + [w.strip("()") for w in name.split()] and (
                not year or year in name):
            return name, max(0, text.rfind(left[0], 0, match.start()))
    return None


def _title_case(title: str) -> str:
    """A title in capitals as a name is written ("SEX OFFENDERS (NOTIFICATION AND TRAVEL)
    BILL [HR]" -> "Sex Offenders (Notification and Travel) Bill"); any other as it is."""
    title = re.sub(r"\[[^\]]*\]", "", title).strip()
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return title
    words = title.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else
                    ("(" + w[1:].capitalize() if w.startswith("(") else w.capitalize())
                    for i, w in enumerate(words))


def _shown(prompt: str, named: Named) -> str:
    """``prompt`` with the phrase replaced by its name once (``referents.shown``)."""
    from curriculum.draft.referents import shown

    return shown(prompt, named)
