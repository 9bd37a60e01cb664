"""An invented law's penalty: no question asks what a made-up statute punishes with.

Moot problems, training pages and exercise papers set their rules in a jurisdiction or a
company they invent, and say so: "All States, persons, courts, domestic statutes and local
figures in this Problem are fictional", "Everything in this tab is invented for
exercises". What such a law requires of an officer (notice 21 days before travel, a form
within 24 hours) mirrors real practice and is still asked (blind review 26: an edit and a
keep). Its penalty is another matter: "Breach of section 14 ... carries a maximum of three
years' imprisonment", "Failure to notify is an offence (maximum 2 years)" are figures the
author chose for the exercise, which no court imposes and no officer cites (blind review
26, a2 and a6: X, rubric 7).

A declaration counts when it says that everything, or all of a list that takes in its
laws or its states, is invented ("all", "every", "everything" before "is" or "are"
"fictional", "fictitious", "invented", "imaginary" or "made up"); "All names in this
report are fictional" leaves the law real. A sentence that names only a part ("Ruthmere
is a fictional jurisdiction; its statutes ... are invented") leaves the real laws beside
it alone. A declaration covers the whole document when it stands before the first
heading under the title, or in the first section near the start without naming a part
("All seven jurisdictions are fictional composites" in an introduction; not "Everything
in this tab ..."), else the section it stands in and those below it. A sentence
may say so itself, in a bracket that calls its law invented ("the offence is in section
3 of the Act 2021 (fictional statute)"), and so may a heading over it ("Ruthmere: a
fictional jurisdiction"). A sentence so covered is an invented penalty when it names a
punishment ("imprisonment", "fine", "prison", "jail", "detention") or an offence or a
penalty with a term in years or months (a table row, when its stem asks the penalty
column: "in Galinor, the maximum penalty is ____"); it is held with that reason.

A notice may list what it invents by name ("Tidewire News Agency, the Brennick Strait
Forum and its member states (Maravel, ...), the city of Tideholm and every person quoted
are fictional"). A declaration, charter or pledge named after one of those names ("The
Tideholm Declaration ... commits members to criminalise online grooming", blind review 27,
a5: X, "a fictional declaration") commits no real state to anything: held with that reason
(``invented_pledge``), and so is what such a forum or its meeting agreed, decided or
pledged ("The Brennick Strait Forum agreed on Thursday to set up dedicated units"). The
notice's distinctive words mark the name, never its kind of body ("Agency", "Forum").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from curriculum.draft.illustration import FICTIONAL
from curriculum.draft.placement import sections

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

_DECLARED = re.compile(
    r"\b(?:all|every|everything)\b[^.;\n]{0,160}?\b(?:is|are)\s+(?:all\s+|entirely\s+|wholly\s+)?"
    + FICTIONAL + r"\b", re.I)
"""A declaration that everything, or all of a list, in its scope is invented."""
_LAWFUL = re.compile(
    r"\b(?:everything|states?|statutes?|laws?|legislation|provisions?|jurisdictions?|"
    r"countries|country|thresholds?|periods?|penalt(?:y|ies)|offences?|offenses?)\b", re.I)
"""What the declaration must cover for a penalty to be invented: everything, the laws or
the states that make them ("All names in this report are fictional" leaves the law real)."""
_PUNISHMENTS = frozenset({"imprisonment", "fine", "prison", "jail", "detention"})
"""Nouns that name what a law punishes with ("a custodial sentence" someone served is one
case's history, judged elsewhere)."""
_CHARGES = frozenset({"offence", "offense", "penalty"})
_TERMS = frozenset({"year", "month"})
"""An offence or a penalty with a term in years or months ("an offence (maximum 2 years)");
a moot's "Penalties: one mark per 100 words" is no law's."""

HOLD = ("a penalty of an invented law ({scope} says \"{declared}\"): a figure the author "
        "chose for the exercise, which no court imposes and no officer cites")


def declarations(analysis: Analysis) -> list[tuple[int, str]]:
    """Where the text declares everything in its scope invented, and the words it uses;
    read once per document (every candidate asks)."""
    cache: dict[str, list[tuple[int, str]]] = analysis.__dict__.setdefault("_declarations", {})
    if "found" not in cache:
        cache["found"] = [(m.start(), " ".join(m.group(0).split())) for m in _DECLARED.finditer(
            analysis.doc.text) if _LAWFUL.search(m.group(0))]
    return cache["found"]


_MARKED = re.compile(
    r"\((?:[^()]*\s)?(?:fictional|fictitious|invented|imaginary|hypothetical)\s+"
    r"(?:statutes?|laws?|acts?|legislation|jurisdictions?|countr(?:y|ies)|states?|"
    r"penalt(?:y|ies)|offences?|offenses?)\b[^()]*\)", re.I)
"""A bracket in the sentence itself that calls its law invented: "(fictional statute)"."""
_HEADED = re.compile(
    r"\b(?:fictional|fictitious|invented|imaginary|hypothetical)\s+(?:training\s+)?"
    r"(?:jurisdictions?|countr(?:y|ies)|states?|statutes?|laws?|legislation)\b", re.I)
"""A heading over the sentence that calls its section's jurisdiction invented ("Ruthmere:
a fictional jurisdiction"). A bare "(fictional)" is not enough: many texts put it after
their own name or a body's ("Brackwater Police (fictional)") over real law; nor is a
heading on "Fictional depictions", a kind of image."""


def invented_scope(q: DraftQuestion) -> tuple[str, str]:
    """The declaration that covers ``q``'s sentence: where it stands ("the document's
    head", "its section", "its own bracket", "its heading") and its words; ("", "") when
    none does."""
    analysis = q.analysis
    marked = _MARKED.search(analysis.doc.display(q.sentence.start, q.sentence.end))
    if marked is not None:
        return "its own bracket", marked.group(0)
    heads = sections(analysis)
    own = _chain(heads, [start for start, _ in heads], q.sentence.start)
    headed = next((h for h in (q.sentence.heading, *own) if _HEADED.search(h)), None)
    if headed is not None:
        return "its heading", " ".join(headed.split())
    found = declarations(analysis)
    if not found:
        return "", ""
    starts = [start for start, _ in heads]
    for at, words in found:
        if not heads or at < heads[0][0] or _opening(heads, at, words):
            return "the document's head", words
        chain = _chain(heads, starts, at)
        if chain and chain[0] in own:
            return "its section", words
    return "", ""


_PART = re.compile(r"\b(?:this|the|each)\s+(?:tab|section|box|example|panel|table|chapter|"
                   r"part|annex|appendix|scenario|exercise)\b", re.I)
"""A declaration that names the part it covers ("Everything in this tab is invented")."""
OPENING = 2500
"""How far into the text an introduction's declaration covers the whole of it."""


def _opening(heads: list[tuple[int, tuple[str, ...]]], at: int, words: str) -> bool:
    """A declaration in the text's first section, near its start, that names no part of
    the text: an introduction's "All seven jurisdictions are fictional composites" covers
    the tables after it."""
    first_end = heads[1][0] if len(heads) > 1 else len(words) + at + 1
    return at < OPENING and at < first_end and not _PART.search(words)


def _chain(heads: list[tuple[int, tuple[str, ...]]], starts: list[int],
           offset: int) -> tuple[str, ...]:
    """The heading chain of the section that holds ``offset`` (nearest first)."""
    at = bisect.bisect_right(starts, offset) - 1
    return heads[at][1] if at >= 0 else ()


_ROW_PENALTY = re.compile(r"\b(?:penalt(?:y|ies)|imprisonment|prison|jail|sentence)\b", re.I)
"""A table row's stem that asks its penalty column ("in Galinor, the maximum penalty is
____"): a row's parse has no sentence to read it from."""


def penalty(parsed: Any) -> bool:
    """The sentence names a punishment, or calls something an offence with a maximum."""
    nouns = {t.lemma_.lower() for t in parsed if t.pos_ in ("NOUN", "PROPN")}
    return bool(nouns & _PUNISHMENTS) or bool(nouns & _CHARGES and nouns & _TERMS)


_NOTICE_CLAUSE = re.compile(
    r"(?P<named>[^.;:!?\n]{3,400}?)\s+(?:are|is)\s+(?:all\s+|entirely\s+|wholly\s+)?"
    + FICTIONAL + r"\b", re.I)
"""A clause that calls what it lists invented ("..., the Brennick Strait Forum and its
member states (Maravel, ...), the city of Tideholm and every person quoted are
fictional"): what comes before the verb is the list."""
_FICTIONAL_WORD = re.compile(FICTIONAL, re.I)
_REACH = 1000
"""How far before a word for invented a notice clause may start (its list runs to 400
characters; the rest is room for the verb and spacing)."""


def notice_clauses(text: str) -> Iterator[re.Match[str]]:
    """``_NOTICE_CLAUSE``'s matches in ``text``, looked for only near its words for invented:
    the same matches as a scan of the whole text, without trying the clause's lazy run of up
    to 400 characters at every position of a 2 MB source (a few seconds)."""
    windows: list[tuple[int, int]] = []
    for word in _FICTIONAL_WORD.finditer(text):
        start, end = max(0, word.start() - _REACH), min(len(text), word.end() + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    for start, end in windows:
        yield from _NOTICE_CLAUSE.finditer(text, start, end)


_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+)?[A-Z][a-z][\w'\u2019-]*)*")
_GENERIC = frozenset({
    "the", "this", "these", "all", "every", "everything", "any", "its", "their", "names",
    "note", "notice", "facts", "figures", "fictional", "document", "city", "town", "host",
    "national", "regional", "republic", "kingdom", "commonwealth", "state", "states",
    "coast", "strait", "river", "north", "south", "east", "west", "news", "police", "act",
    "ministry", "justice", "central", "authority", "agency", "forum", "council", "centre",
    "center", "academy", "service", "services", "unit", "office", "team", "standard",
    "declaration", "charter", "pledge", "communique", "roadmap", "accord", "compact",
    "resolution", "statement", "alliance", "union", "conference", "summit", "meeting",
    "assembly", "ministers", "leaders", "members", "governments", "partners"})
"""Words of a listed name that name no place or body of their own ("Agency" of "Tidewire
News Agency"): only the distinctive words ("Tidewire", "Tideholm") mark a name as one
the notice lists."""
_PLEDGES = frozenset({"declaration", "communique", "communiqu\u00e9", "pledge", "charter",
                      "roadmap", "accord", "compact", "resolution", "statement"})
"""Instruments by which states or bodies commit themselves to a course (a regional
forum's "Tideholm Declaration"): a law ("Act", "section") is left to the penalty rule,
whose duties are still asked."""

_FORUMS = frozenset({"forum", "council", "alliance", "union", "conference", "summit",
                     "meeting", "assembly", "ministers", "leaders", "states", "members",
                     "governments", "partners"})
"""Who makes a pledge: a regional forum, its meeting, its member governments."""
_DECIDING = frozenset({"agree", "decide", "pledge", "commit", "adopt", "resolve", "sign",
                       "vow", "promise", "undertake", "endorse"})
"""Verbs by which such a body commits itself ("the Brennick Strait Forum agreed on
Thursday to set up dedicated units in every member state by 2027")."""

PLEDGE = ("what an instrument or a forum the document declares invented commits to "
          "(\"{name}\": "
          "its notice says \"{declared}\"): a commitment the author made up for the "
          "text, which no state or body has made")


def invented_words(analysis: Analysis) -> dict[str, str]:
    """The distinctive words of the names a notice lists as invented, each with the
    notice's words ("Tideholm" -> "... the city of Tideholm and every person quoted are
    fictional"); read once per document."""
    cache: dict[str, dict[str, str]] = analysis.__dict__.setdefault("_invented_words", {})
    if "words" not in cache:
        found: dict[str, str] = {}
        for clause in notice_clauses(analysis.doc.text):
            named = clause.group("named")
            for run in _NAME_RUN.finditer(named):
                for word in run.group(0).split():
                    if word.lower() not in _GENERIC and len(word) > 2:
                        found.setdefault(word, " ".join(clause.group(0).split()))
        cache["words"] = found
    return cache["words"]


def invented_pledge(q: DraftQuestion) -> str:
    """The hold reason when the main clause's subject is a declaration, charter or pledge
    whose name carries a word the document's own notice lists as invented ("The Tideholm
    Declaration ... commits members to criminalise online grooming", where "the city of
    Tideholm ... are fictional"), or such a forum, meeting or group of states that agrees,
    decides or pledges ("The Brennick Strait Forum agreed to set up units by 2027"),
    else "". Its content is the author's, not a commitment
    any state made; a real instrument ("the Lanzarote Convention"), a law the notice
    makes up (its duties are asked, its penalty is ``judge``'s) and a rule with a modal
    are judged as before."""
    parsed = q.sentence.parsed
    if parsed is None:
        return ""
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ""
    if subject.lemma_.lower() not in _PLEDGES and not (
            subject.lemma_.lower() in _FORUMS and root.lemma_.lower() in _DECIDING):
        return ""
    if any(c.tag_ == "MD" and c.lower_ in ("must", "shall", "may", "should")
           for c in root.children):
        return ""
    words = invented_words(q.analysis)
    marked = next((t.text for t in subject.subtree
                   if t.pos_ == "PROPN" and t.text in words), None)
    if marked is None:
        return ""
    name = parsed[subject.left_edge.i: subject.i + 1].text
    return PLEDGE.format(name=name, declared=words[marked])


_CITED_FICTION = re.compile(
    r"\((?P<cited>[^()]*\b(?:Act|Code|Order|Regulations?|Law|Ordinance|[Ss]ections?|ss?\.)"
    r"[^()]*?)[,;]\s*" + FICTIONAL + r"\s*\)|"
    r"(?P<named>\b(?:Act|Code|Order|Regulations?|Law|Ordinance)(?:\s+\d{4})?(?:,?\s+"
    r"(?:s|ss|section)\.?\s*\d+\w*)?)\s*\(\s*" + FICTIONAL + r"\s*\)")
"""A sentence's own citation of a law that calls it invented: a bracket that cites an Act
or a section and ends "fictional" ("(Sex Offenders Registration Act 2011, s. 9,
fictional)"), or a law's name followed by "(fictional)" ("the Children Act 2008
(fictional)"). A bare "(fictional)" after a body's name is not one: the body may be
made up over a real law."""
_PLACES = frozenset({"GPE", "NORP", "LOC"})

UNPLACED = ('a rule of a law the sentence itself calls invented ("{cited}"), with no country '
            "named: a made-up jurisdiction's period, and the stem never says whose")


def unplaced_invented_rule(q: DraftQuestion) -> str:
    """The hold reason when the sentence cites its own law as fictional (``_CITED_FICTION``)
    and its stem names no country or people (a place entity of the parse that the stem
    shows), else "". An invented law's duty is still asked where the stem says whose law it
    is ("... must tell the police of any travel outside Isvaria ...": the reader can be
    told it is the fictional Isvaria's); with no place at all, "Registered offenders must
    notify police ... 14 days before departure (... Act 2011, s. 9, fictional)" reads as a
    rule of nowhere, which a learner cannot place or use."""
    parsed = q.sentence.parsed
    if parsed is None:
        return ""
    shown = q.analysis.doc.display(q.sentence.start, q.sentence.end)
    cited = _CITED_FICTION.search(shown)
    declared = "" if cited is not None else _declared_law(q, shown)
    if cited is None and not declared:
        return ""
    if any(t.ent_type_ in _PLACES and t.text in q.prompt for t in parsed):
        return ""
    if re.match(r"(?:In|Within|Across)\s+(?:the\s+)?[A-Z]", q.prompt):
        return ""  # a stem the drafter placed ("In Quessany, ...")
    if cited is None:
        return DECLARED_LAW.format(declared=declared)
    return UNPLACED.format(cited=" ".join(cited.group(0).split()))


_LAWS_LISTED = re.compile(r"\b(?:Acts?|statutes?|laws?|legislation|section\s+numbers)\b", re.I)
"""What a notice lists when it makes the text's own laws up ("the Crimes Against Children
Act 2021 and all section numbers and local time limits are fictional", "The national Acts,
frameworks, officers ... are fictional")."""
_CITES_LAW = re.compile(r"\b(?:ss?|sections?)\.?\s*\d+[A-Za-z]?\b")
"""A sentence that cites a section by its number: the made-up local detail ("under s. 31",
"section 48 of the Children (Care and Protection) Act 2019"). A rule of a whole Act the
text names ("Under the Offender Travel Act 2015 of Belmora, ...") is still asked, as an
invented law's duties are."""
DECLARED_LAW = ('a rule of a law the document declares invented ("{declared}"), with no '
                "country named: a made-up jurisdiction's rule, and the stem never says whose")


def _law_notice(analysis: Analysis) -> str:
    """The first notice clause that lists laws as invented, its lines joined (a PDF's
    notice wraps); read once per document."""
    cache: dict[str, str] = analysis.__dict__.setdefault("_law_notice", {})
    if "notice" not in cache:
        joined = " ".join(analysis.doc.text.split())
        cache["notice"] = next((m.group(0).strip() for m in _NOTICE_CLAUSE.finditer(joined)
                                if _LAWS_LISTED.search(m.group("named"))), "")
    return cache["notice"]


def _declared_law(q: DraftQuestion, shown: str) -> str:
    """The words of the document's notice that make its laws up, when the sentence cites
    a section by its number and its stem names no word of a place or body the notice lists
    ("the Glenharrow Child Protection (Travel Notification) Act 2021 requires ...": the
    reader is told whose); else "". Blind review 31, b4 ("Warrant under s. 31 is valid for
    14 days ...") and b6 (a council's duty "under s. 48 of the Children (Care and
    Protection) Act 2019"): X 7, each text's notice saying its Acts were fictional."""
    if not _CITES_LAW.search(shown):
        return ""
    notice = _law_notice(q.analysis)
    if not notice:
        return ""
    listed = invented_words(q.analysis)
    if any(re.search(rf"\b{re.escape(word)}\b", q.prompt) for word in listed):
        return ""
    return notice


_FICTION_OF = re.compile(
    r"\b" + FICTIONAL + r"\s+(?:(?:[A-Za-z]+\s+){1,2}of\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*)")
"""A place or a body the text calls invented by the adjective before its name ("the
laws of the fictional Commonwealth of Vandremere", "a fictional county of Wraxholme")."""
_PREVIOUS = re.compile(r"(?P<word>[A-Z][\w'\u2019-]*?)(?:['\u2019]s)?\s*$")

SCHEME = ('the name of a local scheme called after a place the text invents ("{place} ____"; '
          '"{declared}"): a fictional body\'s own name, not a name of the field')


def invented_names(analysis: Analysis) -> dict[str, str]:
    """``invented_words`` and the names the text calls invented by the adjective before
    them (``_FICTION_OF``), each with the words that say so."""
    cache: dict[str, dict[str, str]] = analysis.__dict__.setdefault("_invented_words", {})
    if "names" not in cache:
        found = dict(invented_words(analysis))
        for match in _FICTION_OF.finditer(analysis.doc.text):
            if match.group("name").lower() not in _GENERIC:
                found.setdefault(match.group("name"), " ".join(match.group(0).split()))
        cache["names"] = found
    return cache["names"]


def invented_scheme(q: DraftQuestion) -> str:
    """The hold reason when an acronym's expansion is a local name whose place the text
    invents, the place's name its first word or right before it ("Mr R. will be managed
    under the Vandremere ____ (MARA), modelled on the MAPPA system", blind review 29, a1:
    X, "a fictional local scheme's name"), else "": a real body beside it ("INTERPOL's
    ____ (ICSE)") is the field's name and is judged as before."""
    if q.rule != "acronym" or q.sentence.parsed is None or not q.answers:
        return ""
    text = q.sentence.parsed.text
    at = text.find(q.answers[0])
    before = _PREVIOUS.search(text[:at]) if at > 0 else None
    names = invented_names(q.analysis)
    for place in (_first_word(q.answers[0]), before.group("word") if before else ""):
        if place in names:
            return SCHEME.format(place=place, declared=names[place])
    return ""


def _first_word(answer: str) -> str:
    return answer.split()[0] if answer.split() else ""


_NATIONAL_FIGURES = re.compile(
    r"\b(?:national|local|domestic)\s+(?:figures|statistics|data)\b[^.;\n]{0,120}?\b(?:is|are)\s+"
    r"(?:all\s+)?" + FICTIONAL + r"\b", re.I)
"""A notice that the text's own national or local figures are invented ("The Parliament of
Solwenna, its Members, witnesses and national figures are fictional; international facts
are drawn from public sources")."""

_PAPERS = frozenset({"report", "study", "research", "survey", "review", "analysis", "paper",
                     "evaluation", "assessment", "data", "figure", "statistic"})
"""Papers that carry figures: what they covered or found is cited, often from a real
international source (``"The 2020 report ... covered about 50,000 detected victims"``)."""

COUNT = ('a national count the text declares invented ("{declared}"): "{phrase}" is a '
         "made-up figure, not a fact of the work")


def invented_count(q: DraftQuestion) -> str:
    """The hold reason when the text declares its national or local figures invented and
    the sentence's main clause tells, in the past, what a body it names counted ("In
    2024/25 the National Missing Persons Bureau recorded 9,870 episodes", blind review
    29, b3: X, "a fictional bureau's yearly count"), else "": a paper as the subject
    ("The 2020 report", "The same study"), a verb of reporting ("found"), a figure
    beside no date, a modal, a body of international standing ("INTERPOL issued 2,687
    Yellow Notices in 2023", real by the same notice) and a sentence in the present are
    judged as before."""
    from curriculum.draft.asides import WIDE  # asides -> ...: read late
    from curriculum.draft.doc_kind import _REPORTING

    parsed = q.sentence.parsed
    if parsed is None:
        return ""
    notice = _figures_notice(q.analysis)
    if notice is None:
        return ""
    root = parsed[:].root
    if root.tag_ != "VBD" or any(c.tag_ == "MD" for c in root.children):
        return ""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() in (
            _REPORTING) or subject.lemma_.lower() in _PAPERS or any(
            t.lower_.removesuffix("'s") in WIDE for t in subject.subtree):
        return ""  # a study's finding, "the 2020 report", INTERPOL: not the text's own count
    if not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in parsed):
        return ""
    phrase = parsed[subject.left_edge.i: root.i + 1].text
    return COUNT.format(declared=" ".join(notice.group(0).split()), phrase=phrase)


def _figures_notice(analysis: Analysis) -> re.Match[str] | None:
    """The document's notice that its national figures are invented, read once per
    document (every candidate asks; a search per candidate of a 2 MB source cost a minute)."""
    cache: dict[str, re.Match[str] | None] = analysis.__dict__.setdefault("_figures_notice", {})
    if "notice" not in cache:
        cache["notice"] = _NATIONAL_FIGURES.search(analysis.doc.text)
    return cache["notice"]


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold a penalty set by a law the text declares invented, what an invented
    declaration commits to, a local scheme's name after an invented place, or a rule of a
    law the sentence itself calls invented when its stem names no country (module
    docstring)."""
    pledge = (invented_pledge(q) or invented_scheme(q) or invented_count(q)
              or unplaced_invented_rule(q))
    if pledge:
        result.hold(pledge)
        return
    parsed = q.sentence.parsed
    if q.sentence.kind == "row":  # a row's parse runs through all its cells: its stem
        if _ROW_PENALTY.search(q.prompt) is None:  # says which column is asked
            return
    elif parsed is None or not penalty(parsed):
        return
    where, declared = invented_scope(q)
    if where:
        result.hold(HOLD.format(scope=where, declared=declared))
