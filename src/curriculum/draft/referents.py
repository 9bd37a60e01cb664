"""Stems that point back: "the unit", "the campaign", named from earlier in the document.

A sentence taken out of its text often names its subject by a short definite noun
phrase ("In 2024 the unit received ...") whose referent, "the Travelling Sex Offender
Management Unit", is in an earlier sentence. A learner reading the stem alone cannot
tell which unit. Read from the parse: a determiner "the" and a head noun with at most
lowercase modifiers (no proper noun, no prepositional phrase or clause saying which
one). The nearest earlier *named* phrase of the document with the same head words
("... Management Unit", "Think Before You Share campaign", "... (ICSE) database") names
it: the stem shows that name instead and says so in its rule (the quote stays the
source's own sentence, so the provenance check is unchanged). A phrase that cannot be
named that way, while its noun was already used earlier, is reported by the scoring as
pointing back ("the country concerned", "the states").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from curriculum.draft.clauses import md_escape
from curriculum.draft.generic import function_word, generic_in_rule
from curriculum.draft.jurisdiction import (
    document_act,
    document_law,
    document_treaty,
    law_lead,
    proper_name,
)
from curriculum.draft.standalone import BODIES, INITIATIVES, kind_name

_SMALL = "of|for|on|and|against|the|de|in|to"
_NAME_WORD = r"(?:[\"\u201c]?[A-Z][\w'&-]*|\([A-Z][A-Za-z]{1,9}\))"
_NAME_RUN = re.compile(_NAME_WORD + r"(?:\s+(?:(?:" + _SMALL + r")\s+)*" + _NAME_WORD + r")*$")
_ACRONYM = re.compile(r"\(((?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,9})\)")
"""An acronym in brackets after a name ("(ICSE)", "(NCBs)"): two capitals at least, so a
bracketed word of the name itself ("Children (Protection) Bill") is no acronym."""
_POINTING_AFTER = frozenset({"concerned", "mentioned", "above", "same", "aforementioned"})
_GENERIC_TEXT = (
    "police court government law year day week month time case public media press "
    "internet world region participant delegate attendee sector"
)
GENERIC = frozenset(_GENERIC_TEXT.split())
"""Heads that need no earlier mention to be understood on their own ("the police")."""


WINDOW = 8000
"""How far back (characters) a name is looked for: the referent of "the unit" is near."""


@dataclass(frozen=True)
class Named:
    """A definite phrase of the stem and the earlier name that says which one it is."""

    start: int
    end: int
    """File offsets of the phrase in the source sentence ("the unit")."""
    phrase: str
    name: str
    line: int
    article: bool = True
    """Whether the name is shown with "the" ("the Travelling Sex Offender Management
    Unit"; not "Calder County")."""


def definite_phrases(doc: Any) -> list[tuple[Any, list[Any]]]:
    """(head, the phrase's tokens) for every "the [lowercase modifiers] noun" in a parse,
    and every "the Academy" (``standalone.kind_name``)."""
    out = []
    for token in doc:
        if kind_name(token):  # "The Academy": a body's kind, capitalised as its name
            out.append((token, [doc[token.i - 1], token]))
            continue
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        left = [c for c in token.children if c.i < token.i]
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in left):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl") and c.lower_ not in _POINTING_AFTER
               for c in token.children if c.i > token.i):
            continue  # "the sentence of three years": the phrase says which one
        start = min(c.i for c in left if c.lower_ == "the")
        words = list(doc[start : token.i + 1])
        if any(not _plain_modifier(w) for w in words[1:-1]):
            continue
        out.append((token, words))
    return out


def _plain_modifier(token: Any) -> bool:
    if token.pos_ == "NUM" or token.dep_ == "nummod":
        return True
    return token.pos_ in ("ADJ", "NOUN", "VERB") and token.text.islower() and not token.ent_type_


def points_after(head: Any) -> bool:
    """ "the country concerned": a postmodifier that points back by itself."""
    doc = head.doc
    follows = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return (follows is not None and follows.lower_ in _POINTING_AFTER) or any(
        c.lower_ in _POINTING_AFTER and c.i > head.i for c in head.children)


def earlier_name(text: str, before: int, words: list[str]) -> tuple[str, int, bool] | None:
    """The nearest name before ``before`` that ends in ``words`` (any case), and its offset;
    None when two different names of that kind come before it and the nearest is not close
    (``NEAR``): "the Bureau", paragraphs after both the "National Public Protection Bureau"
    and the "INTERPOL National Central Bureau", may be either; the nearest is then a guess,
    and a wrong name makes a wrong key.

    "unit" finds "Travelling Sex Offender Management Unit"; "working group" finds "Online
    Child Exploitation Working Group"; a name with an acronym in brackets is shortened to
    it ("ICSE database"). The flag says whether the name takes "the": a place the text
    names straight after a preposition ("in Calder County") does not.

    A thing of the kind mentioned after the nearest name, as a label or as the head of a
    longer name ("Court: Court of Appeal, Criminal Division" above "The court substituted
    ..."), is the one the phrase means, and no name says it: the name before it (another
    headnote's "President of the Youth Court") is a neighbouring unit's, so None.

    A body or an undertaking (``BODIES``, ``INITIATIVES``) is often named by its kind's word
    followed by what it is of, on or for ("Regional Programme on Investigating Online Child
    Sexual Exploitation", "National Bureau for Child Protection"): that whole name, its
    complement included (``_complement``), names "the programme" or "the bureau".
    """
    tail = r"\s+".join(re.escape(w) for w in words)
    found: tuple[str, int, bool] | None = None
    others: set[str] = set()
    pattern = re.compile(r"(?<![\w-])" + tail + r"(?![\w-])", re.I)
    unnamed = -1  # where a label or a longer name of the kind was last mentioned
    named: list[tuple[str, int]] = []  # every name of the kind, with its offset
    common = -1  # where the kind was last spoken of as one of many ("a ... check")
    for match in pattern.finditer(text, max(0, before - WINDOW), before):
        raw = text[max(0, match.start() - 120) : match.start()]
        complement = _complement(text, match, words)
        if _own_mention(text, match, raw) and not complement:
            unnamed = match.start()
        if not match.group(0)[:1].isupper() and _one_of_many(raw):
            common = match.start()
        if complement and (_BARE_REFERENCE.search(raw) or "\n" in raw[len(raw.rstrip()):]):
            # "the Bureau for Child Protection", or the name opening its line: the kind's
            # word and its complement are the whole name
            found = (f"{match.group(0)}{complement}", match.start(), True)
            named.append((found[0], match.start()))
            continue
        if "\n" in raw[len(raw.rstrip()):]:
            continue  # "... State v Corlan\nCourt: ...": a name never runs across lines
        lead = raw.rstrip().rstrip("\"'\u201d")
        line = _CELL_GAP.split(_wrapped(lead))[-1]  # a name never spans a table's cells
        run = _NAME_RUN.search(line)
        if run is None or not _capital_word(run.group(0)) or (
                _sentence_initial(line, run) and not complement):
            continue
        if _aside(text[text.rfind("\n", 0, match.start()) + 1 : match.start()]):
            continue  # "Det. Sgt. Reyl (Port Selby Victim Identification Team)": another
            # body, a person's affiliation in a cover table, not the one "the team" means
        if (_inside_longer_name(text, match.end()) and not complement) or _joins_two_phrases(
                run.group(0)):
            continue
        name = _own_phrase(run.group(0).lstrip("(\"'\u201c").strip(), line)
        if name is None:
            continue  # "Standards for Secure Custody": a title about the thing, no name of it
        if match.group(0).lower() in _PEOPLE and len(name.split()) < 2 and not name.isupper():
            continue  # "Independent child trafficking guardian service" in a flattened
            # table: one capitalised word before a word for people is a cell's or a
            # sentence's first word, no name of the child "the child" means
        name = _TWO_NAMES.split(name)[-1]  # "between the Sarnland Police Service and the
        # Lanterne Reporting Centre": two bodies, and "the Centre" is the second
        if _letterhead(f"{name} {match.group(0)}{complement}"):
            continue  # "OFFENDER ASSESSMENT BOARD ...": a letterhead line, never a stem's name
        name = _LEADING.sub("", name)  # "About the Legal Services Directorate": a
        # heading's preposition is no word of the body's name
        if _QUANTIFIER.match(name):
            continue  # "No officer may ...", "Every force ...": a quantifier opens no name
        if not name or not _capital_word(name):
            continue
        if function_word(f"{line} {match.group(0)}", name):
            continue  # "Version 4.2 · In force": a preposition opens no name
        acronym = _ACRONYM.search(name)
        shown = match.group(0) + complement
        full = f"{acronym.group(1)} {shown}" if acronym else f"{name} {shown}"
        bare = words[-1].lower() in _PLACE_KINDS and _BARE.search(line[: run.start()]) is not None
        if found is not None and _key(found[0]) != _key(full) and not _same_name(found[0], full):
            others.add(_key(found[0]))
        found = (full, match.start(), not bare and not _POSSESSIVE_FIRST.match(full))
        named.append((full, match.start()))
    if found is not None and others - {_key(found[0])} and before - found[1] > NEAR:
        return None  # two bodies of that kind named before, neither just before: "the
        # Bureau" may be either
    if found is not None and _competing(found, named, before):
        return None  # two of the kind just before ("The Digital Forensics Unit supports
        # the Online Child Exploitation Unit. In 2025 the unit ..."): nearest is a guess
    if found is not None and unnamed > found[1]:
        return None  # a later label or longer name ("Court: Court of Appeal") is the one
    if found is not None and common > found[1]:
        return None  # "a forensic medical examination" after the title's "... Medical
        # Examination": the text speaks of the kind, and "the examination" is whichever
        # one the sentence meets, not the name (blind review 14a, class 1)
    return found


_NAME_CAPITAL = r"[A-Z][\w'&-]*"
_COMPLEMENT = re.compile(
    r"[ \t]+(?:of|on|for|against)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    + _NAME_CAPITAL + r"(?:[ \t]+(?:(?:of|on|for|against|in)[ \t]+(?:the[ \t]+)?|and[ \t]+)?"
    + _NAME_CAPITAL + r")*")
"""The rest of a name after its kind's word: a preposition and a run of capitalised words
(" on Investigating Online Child Sexual Exploitation", " for Missing and Exploited
Children"); never a date ("Unit on Monday")."""
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_POSSESSIVE_FIRST = re.compile(r"\S+['\u2019]s?\s")
"""A name that opens on its owner ("UNODC's Global Report on Trafficking in Persons")
takes no "the"."""
_INSTRUMENT_WORD = re.compile(r"(?<![\w-])(?:Convention|Protocol|Act|Treaty|Charter|Directive|"
                              r"Code|Law|Regulations?|Bill|Order|Statute|Decree|Strategy)(?![\w-])")
"""A law's or a treaty's word in the run: the kind's word is a modifier of that
instrument's name ("Council of Europe Convention on Cybercrime", "Council of Europe's
Lanzarote Convention"), not the head of a body's name."""


def _complement(text: str, match: re.Match[str], words: list[str]) -> str:
    """What a body's or an undertaking's name goes on with after the kind's word, when the
    word is capitalised as a name's is ("Programme on Investigating Online Child Sexual
    Exploitation"); "" otherwise."""
    kind = words[-1].lower() if words else ""
    if kind not in BODIES | INITIATIVES or not match.group(0).split()[-1][:1].isupper():
        return ""
    found = _COMPLEMENT.match(text, match.end())
    if found is None or _letterhead(found.group(0)) or _INSTRUMENT_WORD.search(found.group(0)):
        return ""
    return _POSSESSIVE_END.sub("", found.group(0))  # "the Committee on Justice and Public
    # Safety's report": the name ends before its possessive


_TWO_NAMES = re.compile(r"\s+and\s+the\s+(?=[A-Z])")
"""The seam of two names written as one run of capitalised words ("the Sarnland National
Police Service and the Lanterne Reporting Centre"): each has its own "the"."""
_ONE_OF_MANY = re.compile(
    r"(?<![\w-])(?P<det>a|an|any|every|each|another|no)[ \t]+(?:[a-z][\w'-]*[ \t]+){0,3}$",
    re.I)
"""An indefinite or quantified mention of the kind, with at most a few lowercase
modifiers before its word ("a forensic medical examination", "every check")."""
_PREDICATE = re.compile(r"(?:(?<![\w-])(?:is|are|was|were|be|been|being|becomes?|became|"
                        r"remains?|as)|,)[ \t]*$", re.I)
"""What makes an indefinite mention a description of the name just before ("The OCEU
is a unit of ...", "the OCEU, a unit of ..."), not another thing of the kind."""


def _one_of_many(raw: str) -> bool:
    """The kind's word at the end of ``raw`` (the text before it) is an indefinite or
    quantified mention of its kind: the text speaks of one of many such things there, not
    of a name's one, unless it describes the name ("is a unit", ", a unit")."""
    line = raw.split("\n")[-1]
    found = _ONE_OF_MANY.search(line)
    return found is not None and _PREDICATE.search(line[: found.start()]) is None


_PEOPLE = frozenset({"child", "children", "victim", "victims", "person", "persons", "people",
                     "offender", "offenders", "suspect", "suspects", "girl", "boy", "pupil",
                     "student", "witness", "parent", "parents", "family", "families"})
"""Words for people, which a table cell's or a sentence's first word ("Independent child
...") can stand before without naming anyone."""
_INNER_PREPOSITION = re.compile(r"\s(?:of|for|on|to|in|against)\s+(?:(the)\s+)?(?=\S)")
"""A preposition inside a run of capitalised words: what follows it is its object, a
phrase of its own ("Evidence to the Home Affairs Committee", "Standards for Secure
Custody"), so the run's last word heads that phrase, not the run."""


def _own_phrase(run: str, line: str) -> str | None:
    """The name whose head is the run's last word (the kind the phrase names): a run that
    is a longer title holding it is cut at the head's own phrase ("Evidence to the Home
    Affairs Committee" names "the Home Affairs Committee"); None when the phrase after the
    preposition has no article and the run is a heading of its own ("# Standards for
    Secure Custody": the document's title, whose "Custody" is no name of the custody a
    rule of it speaks of)."""
    seams = list(_INNER_PREPOSITION.finditer(run))
    if not seams:
        return run
    if _INSTRUMENT_WORD.search(run[: seams[0].start()]):
        return None  # "Hague Convention on the Civil Aspects of International Child
        # Abduction": the run's last word sits in the instrument's title, whose head is
        # "Convention"; it names no abduction that "the abduction" could mean
    last = seams[-1]
    if last.group(1):
        return run[last.end() :]
    if line.lstrip().startswith("#") or line.strip() == run:
        return None
    return run


def _competing(found: tuple[str, int, bool], named: list[tuple[str, int]], before: int) -> bool:
    """Another name of the kind (not the found one said again, or its longer form) is as
    close to the phrase as the found one is: both within ``NEAR``, so the phrase may
    mean either, and the nearer is only a guess (a wrong name makes a wrong key)."""
    if before - found[1] > NEAR:
        return False
    return any(before - offset <= NEAR and _key(name) != _key(found[0])
               and not _same_name(name, found[0]) for name, offset in named)


_CELL_GAP = re.compile(r"[ \t]*(?:\t|\|)[ \t]*| {2,}")
"""Where one table cell ends and the next begins in a row as the readers lay it out (cells
apart by a tab, a pipe or a run of spaces): "Yes   Yes   Escalation lead decides" is three
cells, and "Yes Yes Escalation lead" no name of the escalation lead (blind review 24a)."""


def _wrapped(lead: str) -> str:
    """The line the phrase ends, with the line before it when a name runs across the
    break: "a national Child\nExploitation Investigation Unit" (a PDF's or a hard-wrapped
    paragraph's line) is one name, whose first word is on the line before. Only inside a
    paragraph: never across a blank line, and never from a heading or a table row."""
    lines = lead.split("\n")
    line = lines[-1]
    if len(lines) < 2 or _NAME_RUN.fullmatch(line) is None or line.split()[0] in ("The", "A"):
        return line  # the name starts on this line, or the line is more than a name
    before = lines[-2].rstrip()
    if _LABEL_LINE.match(before):
        return line  # "Status: In Effect": a label's value, never the start of a name
    if not before or before.lstrip().startswith(("#", "|")) or not re.search(
            r"(?:^|\s)[A-Z][\w'&-]*$", before):
        return line
    return f"{before} {line}"


_LABEL_LINE = re.compile(r"\s*[*_]*[A-Za-z][\w ]{0,30}[*_]*:[*_]*\s")
"""A line that labels a value ("Status: In effect", "Version: 2"): a document's record
line, whose words are no part of a name on the line after it."""


def _own_mention(text: str, match: re.Match[str], raw: str) -> bool:
    """ "Court:" (a label) or "Court of Appeal" (a name it opens), capitalised, not itself
    a reference back ("the Court") and no word inside another name ("Calder County
    Police", "... Agency (the "Agency")"): a thing of the kind named on the spot."""
    line = raw.split("\n")[-1]
    before = re.search(r"([\w'-]+)[^\w]*$", line)
    if not match.group(0)[:1].isupper() or _BARE_REFERENCE.search(raw) or (
            before is not None and before.group(1)[:1].isupper()):
        return False
    return _OPENS_NAME.match(text, match.end()) is not None


_OPENS_NAME = re.compile(r"[*_]*:|[ \t]+(?:of|for|on)[ \t]+[A-Z]")
"""After the kind's word: a label's colon ("Court:"), or the rest of a name it opens
("Court of Appeal", "Bureau for Child Protection")."""


_BARE_REFERENCE = re.compile(r"\b(?:the|this|that|its|their|our)\s*$", re.I)
"""A mention that is itself a reference back ("the court", "this unit"), not one that
names or labels a thing of the kind."""
_LEADING = re.compile(
    r"^(?:(?:the|a|an|in|on|at|for|by|from|with|about|regarding|concerning|inside|within|"
    r"into|to|of|under|through|across|around|among|after|before|during|without|towards?|"
    r"via|against|between|beyond|meet|introducing|welcome\s+to)\s+)+",
    re.I,
)
"""Words before a name in its line that are no part of it: an article, or the
preposition of a heading ("About the ...", "Inside the ...", "Meet the ...")."""


NEAR = 600
"""A name this close before the phrase (about the sentence or paragraph before) is the one
it means even when another body of that kind was named earlier."""


def _letterhead(name: str) -> bool:
    """A name in capitals throughout ("OFFENDER ASSESSMENT BOARD"): a letterhead or a
    running header, not the way prose names the body; shown in a stem it reads as shouting
    (an acronym alone, "ICSE", is one word and stays a name)."""
    words = re.findall(r"[^\W\d_]+", name)
    return len(words) >= 2 and all(w.isupper() for w in words)


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _same_name(one: str, other: str) -> bool:
    """ "National Public Protection Bureau" and "Public Protection Bureau" (or its
    acronym form) are one body named twice, not two bodies."""
    a, b = _key(one), _key(other)
    return a.endswith(" " + b) or b.endswith(" " + a)


_PLACE_KINDS = frozenset({"county", "state", "country", "region", "province", "district",
                          "city", "borough", "island", "territory", "municipality"})
"""Heads of place names, which take no article ("in Calder County")."""
_BARE = re.compile(r"\b(?:in|of|for|from|to|across|throughout|within|into)\s+$")
"""A place name written straight after a preposition, with no "the" in between."""


_NAME_GOES_ON = re.compile(r"[ \t]*(?:(?:of|for|on|and|against|de)[ \t]+)?[A-Z\u201c\"(]")


def _inside_longer_name(text: str, end: int) -> bool:
    """ "Child" in "Civil Aspects of International Child Abduction" is a word of a longer
    name, not its head: the name goes on after it, so it does not name "the child"."""
    return _NAME_GOES_ON.match(text, end) is not None


def _joins_two_phrases(run: str) -> bool:
    """ "Medium The": capitalised words of two phrases side by side (a table row, a title
    then a sentence) are no single name; an article inside the run marks the seam."""
    words = run.lstrip("(\"'\u201c").split()
    return any(w in ("The", "A", "An") for w in words[1:])


_QUANTIFIER = re.compile(
    r"^(?:No|Every|Each|Any|All|Some|Several|Many|Most|Few|Both|Either|Neither|This|That|These"
    r"|Those|Our|Its|Their|His|Her|My|Your)\b"
)
_LOCATOR = re.compile(
    r"(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\[\d{1,3}\]|\(\w{1,4}\)|[a-z][.)]|\u00a7+\s*\d+|[-*\u2022]"
    r"|#{1,6})$"
)
"""A paragraph number, list marker or heading mark before a line's first word: that word
opens its line as a sentence's first word does ("## Missing child at high risk" names no
"Missing child")."""


def _sentence_initial(line: str, run: re.Match[str]) -> bool:
    """ "Referral packages ...": one capitalised word opening a sentence is no name; nor is
    one after a paragraph number or list marker ("2.1 Officers ...", "(b) Analysts ..."), or
    after both ("### 7. Next review": a heading's first word, not the name of a review)."""
    before = line[: run.start()].rstrip()
    while _LOCATOR.search(before):  # "### 7. Next review": a heading mark and a number
        before = _LOCATOR.sub("", before).rstrip()
    opens = not before or before[-1] in ".!?:"
    words = [w for w in run.group(0).split() if w[:1].isupper() or w.startswith("(")]
    return opens and len(words) < 2


def _capital_word(text: str) -> bool:
    return any(w[:1].isupper() and w.lower() not in ("the", "a", "an") for w in text.split())


def name_phrases(q: Any) -> list[Named]:
    """Every bare definite phrase of the stem that an earlier name resolves, or that
    stands for the body that wrote the document (``own_body``), and every "this team"
    an earlier name resolves (``this_body``)."""
    pieces = q.pieces or ((q.sentence.start, q.sentence.end),)
    out = sentence_names(q.analysis, q.sentence, pieces, q.key)
    out += this_body(q.analysis, q.sentence, pieces, q.key)
    return out + own_body(q, pieces, {n.start for n in out})


def this_body(analysis: Any, sentence: Any, pieces: Any, key: tuple[int, int]) -> list[Named]:
    """ "Staff in this team have a viewing limit of ...": "this" and a kind of body or
    undertaking only ("this team", "this unit", "this programme"), in a text that named
    one such body before (a job description's "Online Child Sexual Exploitation Team"):
    the nearest earlier name says which, as for "the team" (``earlier_name``; none when
    two of the kind were named and neither just before). With one force in the head, a
    unit is its force's ("Brackwater Police's ... Team")."""
    from curriculum.draft.issuer import rival  # issuer -> author -> ... -> here

    parsed, doc = sentence.parsed, analysis.doc
    if parsed is None:
        return []
    out = []
    for token in parsed:
        if token.lower_ != "this" or token.dep_ != "det" or token.head.pos_ != "NOUN":
            continue
        head = token.head
        if head.lemma_.lower() not in BODIES | INITIATIVES or head.i != token.i + 1:
            continue
        start, end = sentence.start + token.idx, sentence.start + head.idx + len(head.text)
        if not any(s <= start and end <= e for s, e in pieces) or (key[0] < end and start < key[1]):
            continue
        found = earlier_name(doc.text, sentence.start, [head.text])
        if found is None or rival(analysis, head.text, found[0]):
            continue  # another body than the document's issuer of the kind
        name, offset, article = found
        force = force_of(doc.text)
        if force and _unit(name) and force.split()[0] not in name:
            name, article = f"{force}'s {name}", False
        line = doc.text.count("\n", 0, offset) + 1
        out.append(Named(start, end, doc.display(start, end), name, line, article))
    return out


def own_body(q: Any, pieces: Any, done: set[int]) -> list[Named]:
    """ "The Committee notes ...", "the Inspectorate found ...": a report whose body
    speaks of itself by its kind only, throughout, while its full name is in the
    document's metadata, title or head ("Committee on the Rights of the Child", "Joint
    Inspectorate of Probation"). The phrase is only "the" and the kind's word, and that
    word heads the issuer's name (its last word, or its first before "of", "on" or "for");
    the body is then the issuer (``issuer.py``), named as the document names it. A kind
    the issuer's name does not end in ("the agency" in a police report) is left alone:
    another body of the kind may be meant. When the text named another body of the kind
    before, the issuer only in the document's own voice; otherwise the question records
    the doubt as a warning, which keeps it out of a module (``scoring.py``)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return []
    from curriculum.draft.issuer import doubt, issuer_of, same_body, settled

    base, doc = q.sentence.start, q.analysis.doc
    out = []
    for head, phrase in definite_phrases(parsed):
        start, end = base + phrase[0].idx, base + head.idx + len(head.text)
        if start in done or len(phrase) != 2 or head.lemma_.lower() in GENERIC:
            continue
        if not any(s <= start and end <= e for s, e in pieces) or (
                q.key[0] < end and start < q.key[1]):
            continue
        issuer = issuer_of(q.analysis, head.text)
        if issuer is None:
            continue
        found = earlier_name(doc.text, base, [head.text])
        nearest = {found[0]: found[1]} if found and not same_body(found[0], issuer) else {}
        others = settled(q.analysis, base, head, issuer, nearest)
        if others:
            warning = f"referent: {doubt(doc.display(start, end), issuer, others)}"
            if warning not in q.warnings:
                q.warnings.append(warning)
            continue
        offset = doc.text.find(issuer.name)
        line = doc.text.count("\n", 0, offset) + 1 if offset >= 0 else 1
        out.append(Named(start, end, doc.display(start, end), issuer.name, line,
                         issuer.article))
    return out


def sentence_names(analysis: Any, sentence: Any, pieces: Any, key: tuple[int, int]
                   ) -> list[Named]:
    """Every bare definite phrase inside ``pieces`` of ``sentence`` (not holding ``key``)
    that an earlier name resolves; also used for the context carried before a stem. The
    name of another body than the document's issuer of the kind never names it
    (``issuer.rival``): "the Committee" of a committee's text is not the committee it
    cited in passing."""
    from curriculum.draft.issuer import rival  # issuer -> author -> ... -> here

    parsed, doc = sentence.parsed, analysis.doc
    if parsed is None:
        return []
    base = sentence.start
    out = instrument_names(doc, sentence, pieces, key)
    for head, words in definite_phrases(parsed):
        start, end = base + words[0].idx, base + head.idx + len(head.text)
        if not any(s <= start and end <= e for s, e in pieces):
            continue
        if key[0] < end and start < key[1]:
            continue  # the phrase holds the answer
        if points_after(head):
            continue
        kind = [w.text for w in words[1:]]
        found = earlier_name(doc.text, sentence.start, kind)
        if found is None or generic_in_rule(head, doc.text, found[1], kind):
            continue  # a rule's "the court", where the text names two courts
        if len(words) == 2 and rival(analysis, head.text, found[0]):
            continue
        name, offset, article = found
        line = doc.text.count("\n", 0, offset) + 1
        force = force_of(doc.text)
        if force and _unit(name) and force.split()[0] not in name and force not in str(
                doc.text[sentence.start : sentence.end]):
            name, article = f"{force}'s {name}", False  # "the team" of one force's text
        out.append(Named(start, end, doc.display(start, end), name, line, article))
    return out


_INSTRUMENT = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|and|for|on|against|the|to|in)\s+)*)*"
    r"(?P<kind>Order|Act|Law|Code|Convention|Protocol|Directive|Regulations|Bill|Statute|"
    r"Decree|Ordinance|Treaty|Charter)(?:\s+(?:No\.\s*[\w/.-]*\w|(?:of\s+)?(?:1[89]|20)\d\d))?)"
    r"(?![\w-])")
"""A title that is an instrument's own name ("Sexual Harm Prevention Order", "Child
Protection Act 2030", "Law No. 47/2026 of ..."): the document is that order or law."""
_ABOUT = re.compile(r"\s(?:on|to|about|under|from|into|with|for)\s+the\s")


def own_instrument(doc: Any) -> tuple[str, str] | None:
    """(name, kind) of the instrument the document is, from its title (``_INSTRUMENT``),
    or None: a court order or a law speaks of itself as "this order", "this Act"."""
    title = (doc.meta.title or "").strip()
    found = _INSTRUMENT.match(title)
    if found is None or len(found.group("name").split()) < 2 or _ABOUT.search(found.group("name")):
        return None  # "Explanatory Report to the X Convention": a text about an instrument
    return found.group("name"), found.group("kind").lower()


def instrument_names(doc: Any, sentence: Any, pieces: Any, key: tuple[int, int]) -> list[Named]:
    """ "this order", "this Act", "the present Convention" in a document that is that
    order, Act or convention (its title names it): the document's own instrument, shown by
    its name ("the Sexual Harm Prevention Order"), never a pointer to an earlier sentence."""
    parsed = sentence.parsed
    own = own_instrument(doc)
    if parsed is None or own is None:
        return []
    name, kind = own
    base, out = sentence.start, []
    for token in parsed:
        head = token.head
        if head.i != token.i + 1 or head.lemma_.lower() != kind:
            continue
        if token.lower_ == "present" and token.dep_ == "amod" and token.i > 0 and (
                parsed[token.i - 1].lower_ == "the"):  # "the present Convention"
            token = parsed[token.i - 1]
        elif token.lower_ != "this" or token.dep_ != "det":
            continue
        start, end = base + token.idx, base + head.idx + len(head.text)
        if not any(s <= start and end <= e for s, e in pieces) or (key[0] < end and start < key[1]):
            continue
        article = name.split()[-1].lower() == kind or name.split()[-1].isdigit()
        out.append(Named(start, end, doc.display(start, end), name, 1, article))
    return out


_FORCE = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]+[ \t]+){1,4}(?:Police(?:[ \t]+(?:Service|Force))?|"
                    r"Constabulary))(?![\w-])(?![ \t]+[A-Z])")
_UNITS = frozenset({"team", "unit", "squad", "hub", "department", "division", "directorate",
                    "command", "bureau", "office", "taskforce"})
HEAD = 1500
"""How much of the text its head is: the letterhead and header lines that name the force."""


def force_of(text: str) -> str:
    """The one police force the document's head names ("Brackwater Police (fictional) |
    Crime and Public Protection Directorate"): the force whose unit "the team" of its
    text is. "" when the head names none or two ("... Police Station" is a building)."""
    head = text[:HEAD]
    found = {" ".join(m.group(1).split()) for m in _FORCE.finditer(head)
             if not _aside(head[head.rfind("\n", 0, m.start()) + 1 : m.start()])}
    found = {f for f in found if not f.startswith(("The ", "A "))}
    return found.pop() if len(found) == 1 else ""


def _aside(line: str) -> bool:
    """The line before a name opens a bracket it has not closed: the name stands in an
    aside, a person's affiliation ("Insp. Holtby (team lead, Harrowmere Police, Online
    Child Protection Unit)") or a member body in a cover table, not a body the text speaks
    of by "the team" or whose force it is. A stem's body is only a name the text itself
    uses of it, never one assembled from such metadata (blind review 17, b1)."""
    return line.count("(") > line.count(")")


def _unit(name: str) -> bool:
    """ "Online Child Sexual Exploitation Team": a unit of a force, not a force or an
    acronym alone."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _UNITS


def shown(text: str, named: Named) -> str:
    """``text`` (Markdown-escaped) with the phrase replaced by its name, once."""
    phrase = md_escape(named.phrase)
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    match = pattern.search(text)
    if match is None:
        return text
    article = ("The " if phrase[:1].isupper() else "the ") if named.article else ""
    return text[: match.start()] + f"{article}{md_escape(named.name)}" + text[match.end():]


def acronym_names(q: Any) -> list[Named]:
    """Acronyms of the stem that the document spells out elsewhere ("the MASH" read alone
    is a riddle; "the Multi-Agency Safeguarding Hub (MASH)" is not), unless the stem
    already shows the spelling or the answer is the spelled-out name."""
    parsed = q.sentence.parsed
    if parsed is None:
        return []
    spelled = _spelled_out(q.analysis)
    if not any(short in q.prompt for short in spelled):
        return []
    pieces = q.pieces or ((q.sentence.start, q.sentence.end),)
    answers = " ".join([*q.answers, *(t for t, _ in q.options)]).casefold()
    out, seen = [], set()
    for token in parsed:
        short, start = token.text, q.sentence.start + token.idx
        end = start + len(short)
        if short not in spelled or short in seen or f"({short})" in q.prompt:
            continue
        if not any(s <= start and end <= e for s, e in pieces) or (
                q.key[0] < end and start < q.key[1]):
            continue
        long, offset = spelled[short]
        if long.casefold() in answers or long.casefold() in q.prompt.casefold():
            continue
        seen.add(short)
        line = q.analysis.doc.text.count("\n", 0, offset) + 1
        phrase, name = short, f"{long} ({short})"
        before = parsed[token.i - 1] if token.i > 0 else None
        if before is not None and before.lower_ in ("a", "an"):  # "an SHPO" -> "a Sexual
            article = "an" if long[:1].lower() in "aeiou" else "a"  # Harm Prevention Order"
            if before.text[:1].isupper():
                article = article.capitalize()
            phrase, name = f"{before.text} {short}", f"{article} {name}"
            start = q.sentence.start + before.idx
        elif _bare_body(token, long):  # "ring DERU" -> "ring the Digital Evidence ...
            force = force_of(q.analysis.doc.text)  # Recovery Unit (DERU)", a force's unit
            if force and _unit(long) and force.split()[0] not in long:  # with the force
                name = f"{force}'s {name}"
            else:
                name = f"{'The' if token.i == 0 else 'the'} {name}"
        out.append(Named(start, end, phrase, name, line, article=False))
    return out


def _bare_body(token: Any, long: str) -> bool:
    """An acronym used bare, as a body's name ("OCET will contact ...", "ring DERU"), whose
    spelling is a body's ("... Team", "... Unit"): spelled out, it takes "the"."""
    if any(c.dep_ in ("det", "poss") for c in token.children) or token.dep_ == "compound":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in ("the", "a", "an", "this", "that", "its", "their"):
        return False
    return long.split()[-1].lower() in BODIES


def spelled_out(analysis: Any) -> dict[str, tuple[str, int]]:
    """Every acronym the document defines, with its first spelling and where it is."""
    return _spelled_out(analysis)


def _spelled_out(analysis: Any) -> dict[str, tuple[str, int]]:
    """Every acronym the document defines ("... Hub (MASH)"), with its first spelling;
    found once per document (every candidate of it asks), kept on the analysis."""
    known: dict[str, tuple[str, int]] | None = getattr(analysis, "_spelled_out", None)
    if known is None:
        known = _find_spelled(analysis)
        analysis._spelled_out = known
    return known


def _find_spelled(analysis: Any) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for index in sorted(analysis.facts):
        for fact in analysis.facts[index]:
            if fact.kind == "acronym" and fact.other and fact.other not in found:
                # one space between words: an entity's padding ("&amp;") is no spacing
                found[fact.other] = (" ".join(fact.value.split()), fact.span[0])
    for short, spelled in _spelled_anywhere(analysis.doc.text).items():
        found.setdefault(short, spelled)
    return found


_BRACKETED = re.compile(r"\(([A-Z]{2,8})\)")
_SPELLING_WORD = re.compile(r"[A-Z][\w'-]*|of|for|and|the|on|in|to|against")


def _spelled_anywhere(text: str) -> dict[str, tuple[str, int]]:
    """ "Owner: Det Insp R. Castellane, Online Child Exploitation Team (OCET)": an acronym
    spelled out on a line that is no sentence (a header, a metadata list, a heading) is
    spelled out all the same. The words just before the bracket whose initials are the
    acronym's letters (a hyphenated word gives one for each part: "Multi-Agency"),
    capitalised words with at most small words between them; the first such spelling in
    the text."""
    out: dict[str, tuple[str, int]] = {}
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        if short in out:
            continue
        words = text[max(0, match.start() - 160) : match.start()].split()
        taken: list[str] = []
        for word in reversed(words):
            if not _SPELLING_WORD.fullmatch(word):
                break
            taken.insert(0, word)
            initials = "".join(p[0] for w in taken for p in w.split("-") if p[:1].isupper())
            if initials == short and taken[0][:1].isupper():
                name = " ".join(taken)
                out[short] = (name, max(0, text.rfind(name, 0, match.start())))
                break
            if len(initials) > len(short):
                break
    return out


def label_subject(q: Any) -> list[Named]:
    """ "**Static-99R has limits.** It is a ten-item actuarial tool ...": a sentence of a
    labelled list item whose subject is "it" stands for the label's own subject when that
    is a proper name, one thing ("Static-99R", never a person and never a plural), and the
    sentence says nothing else "it" could be before it: "Static-99R is a ten-item ..."."""
    sentence, parsed = q.sentence, q.sentence.parsed
    if sentence.label is None or parsed is None or len(parsed) == 0:
        return []
    first = parsed[0]
    if first.lower_ != "it" or first.dep_ not in ("nsubj", "nsubjpass"):
        return []
    from curriculum.draft import nlp

    doc = q.analysis.doc
    label = nlp.parse([doc.text[sentence.label[0] : sentence.label[1]]])[0]
    root = label[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ in ("PERSON", "NORP") or (
            subject.tag_ in ("NNS", "NNPS") and subject.text.endswith("s")):
        return []  # a person, or several things: "it" is not theirs
    if subject.pos_ != "PROPN" and not re.search(r"[A-Z0-9]", subject.text[1:]):
        return []  # a name by its tag, or by its capitals and digits ("Static-99R")
    words = [t for t in subject.subtree if t.dep_ != "det"]
    name = label[words[0].i : words[-1].i + 1].text
    if not name[:1].isupper() or any(t.dep_ in ("relcl", "acl") for t in words):
        return []
    start = sentence.start + first.idx
    return [Named(start, start + len(first.text), first.text, name,
                  doc.line_of(sentence.label[0]), article=False)]


def paragraph_subject(q: Any) -> list[Named]:
    """ "a. Static-99R is a ten-item actuarial instrument ... Its coding rules were revised
    in 2016. It is not designed for women ...": in a lettered, numbered or bulleted list
    item, a sentence whose subject is "it" stands for the subject of the item's first
    sentence when that is a proper name, one thing (the test of ``label_subject``), and
    every sentence between them opens on "it" or "its" too: the item keeps to that one
    thing, so "it" can be nothing else. A sentence between them with a subject of its own
    ("The panel ...") ends the chain; so does a paragraph break."""
    parsed = q.sentence.parsed
    if parsed is None or len(parsed) == 0:
        return []
    first = parsed[0]
    if first.lower_ != "it" or first.dep_ not in ("nsubj", "nsubjpass"):
        return []
    from curriculum.draft.context import before  # context -> referents: imported late

    doc = q.analysis.doc
    later = q.sentence
    for other in before(q.analysis, q.sentence, 4):
        if "\n\n" in doc.text[other.start : later.start] or other.parsed is None:
            return []  # another paragraph: "it" is not its subject's
        opening = other.parsed[0] if len(other.parsed) else None
        if opening is not None and opening.lower_ in ("it", "its"):
            later = other
            continue
        name = _one_thing_named(other.parsed)
        if name is None or not _opens_item(doc.text, other.start):
            return []
        start = q.sentence.start + first.idx
        return [Named(start, start + len(first.text), first.text, name, other.line,
                      article=False)]
    return []


def _opens_item(text: str, start: int) -> bool:
    """Only a list item's letter, number or bullet stands before ``start`` in its paragraph
    ("a. ", "(b) ", "2) ", "- "): the sentence opens an item, whose further sentences are
    about what it names."""
    head = text[max(0, text.rfind("\n\n", 0, start)) : start].strip()
    return re.fullmatch(r"\(?[a-z0-9]{1,3}[.)]|[-*\u2022]", head) is not None


def _one_thing_named(parsed: Any) -> str | None:
    """The subject of ``parsed``'s main clause when it is a bare proper name of one thing
    ("Static-99R"; never a person, a plural, or a name after "the" or "its"), or None."""
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ in ("PERSON", "NORP") or (
            subject.tag_ in ("NNS", "NNPS") and subject.text.endswith("s")):
        return None
    if subject.pos_ != "PROPN" and not re.search(r"[A-Z0-9]", subject.text[1:]):
        return None
    if any(c.dep_ in ("det", "poss") for c in subject.children):
        return None  # "The Convention ...": a kind's short name, which says no more than "It"
    words = list(subject.subtree)
    name = parsed[words[0].i - parsed[0].i : words[-1].i - parsed[0].i + 1].text
    if not name[:1].isupper() or any(t.dep_ in ("relcl", "acl") for t in words):
        return None
    return str(name)


def same_subject(q: Any) -> list[Named]:
    """ "A study published by the Ministry in 2019, which examined 400 files, found that
    ... The same study found that ...": a main clause's subject "the same <noun>" is the
    subject of the sentence just before, in the same paragraph, when that one is of the same
    noun, first met there ("a"/"an"), and says which one by words of its own (a
    participle, a preposition: "published by the Ministry in 2019"). The stem names it by
    those words up to a figure or a date ("The study published by the Ministry found that
    ..."), never by an aside set off by a comma (", which examined 400 files"), and adds no
    figure the sentence does not write (a true statement shows only its own). Read alone,
    "the same study" says the same as what (blind review 46, b6: a research figure held as
    pointing back)."""
    parsed = q.sentence.parsed
    if parsed is None or len(parsed) == 0:
        return []
    same = next((t for t in parsed if t.lower_ == "same" and t.dep_ == "amod"
                 and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.dep_ == "ROOT"),
                None)
    if same is None:
        return []
    head = same.head
    det = [c for c in head.children if c.i < head.i and c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the" or det[0].i != same.i - 1:
        return []
    from curriculum.draft.context import before  # context -> referents: imported late

    doc = q.analysis.doc
    for other in before(q.analysis, q.sentence, 1):
        if "\n\n" in doc.text[other.start : q.sentence.start] or other.parsed is None:
            return []  # another paragraph: "the same" compares with nothing shown here
        name = _first_mention(other.parsed, head.lemma_.lower())
        if name is None:
            return []
        start = q.sentence.start + det[0].idx
        end = q.sentence.start + head.idx + len(head.text)
        return [Named(start, end, doc.display(start, end), name, other.line)]
    return []


def _first_mention(parsed: Any, lemma: str) -> str | None:
    """The words that say which one the main clause's subject of ``parsed`` is ("study
    published by the Ministry"), when that subject is an indefinite ``lemma`` ("A study
    ...") with a restriction of its own (a participle or a preposition), up to the first
    comma, figure or date; None for any other sentence."""
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() != lemma or subject.pos_ != "NOUN":
        return None
    first = parsed[0].i
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    if not any(c.dep_ in ("acl", "prep") and c.i > subject.i for c in subject.children):
        return None  # "A study found ...": no words of its own say which one
    words = [t for t in subject.subtree if t.i >= subject.i]
    cut = next((t.i for t in words if t.text == "," or t.dep_ in ("relcl", "appos")
                or t.like_num or t.ent_type_ == "DATE"), None)
    words = [t for t in words if cut is None or t.i < cut]
    while words and words[-1].pos_ in ("ADP", "CCONJ", "DET", "PUNCT"):
        words.pop()  # "... Office in [1997]": no figure is added to the stem
    if len(words) < 3:
        return None
    name = parsed[words[0].i - first : words[-1].i - first + 1].text
    return " ".join(name.split())


ORDINALS = frozenset({"first", "firstly", "second", "secondly", "third", "thirdly",
                       "fourth", "fourthly", "fifth", "finally", "lastly"})


def enumerated_subject(q: Any) -> list[Named]:
    """ "The Bill does three things. First, it places a duty ...; Secondly, it creates
    ...": an item that opens with an ordinal and "it" is one of the things its
    announcement counted, done by that announcement's subject. The stem shows the subject
    by its name in place of "First, it" ("The Missing Children (Protection) Bill places a
    duty ..."), never the announcement, which would promise several items and give one.
    Only when the announcement is a sentence shortly before, under the same heading, whose
    object is counted ("three things", "two changes") and whose subject is a proper name
    or a kind the text names earlier ("The Bill" -> the heading's bill)."""
    parsed = q.sentence.parsed
    if parsed is None or len(parsed) < 3 or parsed[0].lower_ not in ORDINALS:
        return []
    comma, it = parsed[1], parsed[2]
    if comma.text != "," or it.lower_ != "it" or it.dep_ != "nsubj":
        return []
    from curriculum.draft.context import before  # context -> referents: imported late

    doc = q.analysis.doc
    for other in before(q.analysis, q.sentence, 4):
        found = _announcer(doc, other)
        if found is None:
            continue
        name, article, line = found
        start = q.sentence.start + parsed[0].idx
        end = q.sentence.start + it.idx + len(it.text)
        return [Named(start, end, doc.display(start, end), name, line, article)]
    return []


def _announcer(doc: Any, other: Any) -> tuple[str, bool, int] | None:
    """The named subject of a sentence that counts the items to follow ("The Bill does
    three things."), with whether it takes "the" and its line; None for any other
    sentence."""
    parsed = other.parsed
    if parsed is None:
        return None
    root = parsed[:].root
    counted = any(c.dep_ in ("dobj", "attr") and any(
        g.dep_ == "nummod" and g.like_num for g in c.children) for c in root.children)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not counted or subject is None:
        return None
    if kind_name(subject):
        found = earlier_name(doc.text, other.start, [subject.text])
        if found is None:
            return None
        name, offset, article = found
        return name, article, doc.text.count("\n", 0, offset) + 1
    words = [t for t in subject.subtree if t.dep_ != "det"]
    if subject.pos_ != "PROPN" or not all(w.text[:1].isupper() or w.is_punct for w in words):
        return None
    article = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return (" ".join(w.text for w in words), article, other.line)


_PROVISIONS = {"clause": ("Bill", "Act"), "section": ("Act", "Bill"), "schedule": ("Act", "Bill")}
"""A provision's word and the kinds of law it is a part of, the likelier first: a clause
is a bill's, a section an Act's."""
_NAMES_LAW = re.compile(r"\b(?:Act|Bill|Code|Convention|Directive|Regulations|Protocol)\b")
_REFERENCE_WORDS = frozenset({"the", "this", "that", "a", "an", "any", "each", "every", "whole"})


def _one_law_of_kind(text: str, before: int, kind: str, name: str) -> bool:
    """Whether every law of ``kind`` the text names before ``before`` is ``name``: a bare
    "(section 30)" in a code issued under one Act that also cites the Data Protection Act 2018
    may be either's, and ``earlier_name`` (the nearest name it can read) may miss a name it
    cannot read ("Sexual Offences (Registration and Management) Act 2021"), so naming the
    nearest would make a wrong key. Any capitalised ``kind`` after a word that is no article
    or demonstrative ("the Act" is a reference, not a name) counts as a law of the kind."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", text[:before]):
        words = text[max(0, match.start() - 80) : match.start()].split()
        if not words or words[-1].lower().strip("(\"'\u201c") in _REFERENCE_WORDS:
            continue
        if not text[: match.end()].endswith(name):
            return False
    return True


def provision_names(q: Any) -> list[Named]:
    """ "Clause 4 creates a duty ...", "(section 27)": a provision cited by its number alone
    is a provision of the law the text is about; the stem names it ("Clause 4 of the
    Missing Children (Protection) Bill") when the text names one bill or Act of that kind
    before the sentence (``earlier_name``, and no other law of the kind anywhere before it:
    ``_one_law_of_kind``), and the stem names no law itself."""
    parsed = q.sentence.parsed
    if parsed is None or _NAMES_LAW.search(q.prompt) or _law_lead(q):
        return []
    doc = q.analysis.doc
    pieces = q.pieces or ((q.sentence.start, q.sentence.end),)
    for token in parsed:
        kinds = _PROVISIONS.get(token.lower_)
        after = parsed[token.i + 1] if token.i + 1 < len(parsed) else None
        if kinds is None or after is None or not after.like_num:
            continue
        following = parsed[after.i + 1] if after.i + 1 < len(parsed) else None
        if following is not None and following.lower_ in ("of", "to", "in"):
            continue  # "section 27 of the Act": the stem says whose
        start = q.sentence.start + token.idx
        end = q.sentence.start + after.idx + len(after.text)
        if not any(s <= start and end <= e for s, e in pieces) or (
                q.key[0] < end and start < q.key[1]):
            continue
        for kind in kinds:
            found = earlier_name(doc.text, q.sentence.start, [kind])
            if found is None:
                continue
            name, offset, _ = found
            if not _one_law_of_kind(doc.text, q.sentence.start, kind, name):
                return []  # two laws of the kind: whose section it is would be a guess
            phrase = doc.display(start, end)
            if phrase not in q.prompt:  # "On data sharing, clause 4 creates ...": the stem
                phrase = phrase[:1].upper() + phrase[1:]  # opens with the clause
            line = doc.text.count("\n", 0, offset) + 1
            return [Named(start, end, phrase, f"{phrase} of the {name}", line, False)]
    return []


def _law_lead(q: Any) -> str:
    """ "Under the Child Sexual Offences Act 2024, ": the law a heading or the document's
    title names, which ``context.py`` shows in front of a rule (and which then says whose
    section it is)."""
    title = q.analysis.doc.meta.title or q.analysis.cleaned.title or ""
    return (law_lead(q.sentence.heading) or document_law(title)
            or document_treaty(title, q.analysis.doc.text)
            or document_act(str(q.analysis.doc.text), q.sentence.start))


def addressee_names(q: Any) -> list[Named]:
    """ "You must notify the police ... of your release", in a text that speaks to one
    person, after "you will be subject to the notification requirements of ...": "A person
    subject to the notification requirements of ... must notify the police ... of their
    release" (``addressee.py``)."""
    from curriculum.draft.addressee import rewritten, speaks_to_one, subject_to
    from curriculum.draft.context import before  # context -> referents: imported late

    parsed = q.sentence.parsed
    if parsed is None or not any(t.lower_ in ("you", "your") for t in parsed):
        return []
    pieces = q.pieces or ((q.sentence.start, q.sentence.end),)
    base = q.sentence.start
    tokens = [t for t in parsed if any(s <= base + t.idx < e for s, e in pieces)
              and not (q.key[0] <= base + t.idx < q.key[1])]
    if not speaks_to_one(q.analysis):
        return []
    for other in before(q.analysis, q.sentence, 2):
        what = subject_to(other.parsed) if other.parsed is not None else ""
        if what:
            break
    else:
        return _reader_names(q, tokens)
    changes = rewritten(tokens, what)
    if not changes:
        return []
    return [Named(base + t.idx, base + t.idx + len(t.text), t.text, name, other.line, False)
            for t, name in changes]


def _reader_names(q: Any, tokens: list[Any]) -> list[Named]:
    """ "A police officer will usually contact you ..." on a page whose title names its
    reader ("advice for parents and carers"): "... contact a parent or carer ..."
    (``addressee.reader_of``)."""
    from curriculum.draft.addressee import as_reader, named_reader

    reader = named_reader(q.analysis)
    changes = as_reader(tokens, reader) if reader else None
    if not changes:
        return []
    base = q.sentence.start
    return [Named(base + t.idx, base + t.idx + len(t.text), t.text, name, 1, False)
            for t, name in changes]


def apply(q: Any) -> None:
    """Show each resolvable phrase by its name in ``q.prompt``; record it in the stem rule."""
    for named in [*label_subject(q), *paragraph_subject(q), *enumerated_subject(q),
                  *same_subject(q), *name_phrases(q),
                  *provision_names(q), *addressee_names(q), *acronym_names(q)]:
        prompt = shown(q.prompt, named)
        if prompt == q.prompt:
            continue
        q.prompt = prompt
        q.named.append(named)
        q.stem_rule += f', "{named.phrase}" named as in line {named.line}'


_OWNED = re.compile(r"^\s*([^:()\[\]]{2,60}?)\s*:\s+\S")
"""A list entry's title "Owner: what the page is" ("INTERPOL: Sex offenders (Green
Notices)", a link's text in a reading list)."""
_NOT_OWNERS = frozenset({"note", "tip", "warning", "caution", "important", "faq", "nb",
                         "update", "summary", "example", "key", "action", "step", "new",
                         "see", "source", "background", "definition", "question", "answer"})
"""Run-in words of a label that say what kind of item it is, never whose."""


def label_owner(q: Any) -> str:
    """ "INTERPOL" of a list entry titled "[INTERPOL: Sex offenders (Green Notices)](url) -
    Green Notices warn of ...": the title names the body whose page the entry sums up,
    and a stem lifted from the entry loses it (blind review 44, a3: E, the stem lost
    "INTERPOL"). The owner is the title's words before its colon when they are a body's
    proper name: an acronym, or words the parse reads as an organisation (never a place,
    a date, a person or a law: "Australia: ... Act 2017" is a law's country). "" when
    the entry has no such title, or the stem already names the owner."""
    sentence = q.sentence
    if sentence.label is None or q.named or q.speaker:
        return ""
    label = q.analysis.doc.text[sentence.label[0]: sentence.label[1]]
    found = _OWNED.match(label)
    if found is None:
        return ""
    owner = re.sub(r"^[Tt]he\s+", "", found.group(1).strip())
    if not proper_name(owner) or owner.split()[0].lower() in _NOT_OWNERS or (
            owner.lower() in q.prompt.lower()):
        return ""
    if not _acronym(owner) and not _organisation(owner):
        return ""
    return owner


def _acronym(owner: str) -> bool:
    """One word of capitals ("INTERPOL", "NSPCC"), at least three letters."""
    return " " not in owner and len(owner) >= 3 and owner.isupper() and owner.isalpha()


def _organisation(owner: str) -> bool:
    """The parse reads the words as one organisation's name, whole."""
    from curriculum.draft import nlp

    parsed = nlp.parse([owner])[0]
    return len(parsed.ents) == 1 and parsed.ents[0].label_ == "ORG" and (
        parsed.ents[0].start == 0 and parsed.ents[0].end == len(parsed))
