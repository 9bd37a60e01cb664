"""Sentences about the document rather than the world, and what they may lead into.

A source does not only state facts: it talks about itself. A conference programme says
what a paper reviews and what a speaker traces, a syllabus what the course covers and
what participants will learn, a written parliamentary answer opens with the question it
answers ("Deputy X to ask the Minister ..."), and a correction says which figure was
wrong. A question built on such a sentence asks what a text is about, not what an officer
needs to know; one that carries it as a lead in front of its stem shows the learner a
sentence that resolves nothing. This module reads those sentences from the parse:

- **about the text** (``about_the_text``): the main clause's subject is the text itself,
  a part or event of it, or the person presenting it (paper, abstract, session, keynote,
  module, course, chapter, speaker, author), and its verb presents, covers or reviews
  (review, trace, outline, cover, present, discuss, examine, introduce, argue, explore,
  focus on, look at), said in the present or future as a programme or syllabus says it
  (or of "this" text in any tense); or its subject is the text's audience as learners
  ("Participants will learn ..."); or its subject is the document's own numbered item
  and its verb records a status ("Action 4.2 was completed on 14 May", "Item 7 remains
  open": an administrative record), or is a part of its own plan, logframe or exercise
  under its own number, whatever its verb ("Indicator 2.1 requires that at least 4
  partner countries connect ...": what the plan sets itself). A sourced finding ("The
  report found that ...") or a rule ("This policy requires staff to ...") has another
  verb and stays; a past report of a meeting ("The participants discussed ...") is about
  the world the report tells.
- **a headline** (``headline``): "NP to VB ..." with no finite verb but inside the
  question it asks ("Deputy X to ask the Minister (i) how many ... "): no statement.
- **a correction** (``correction``): an erratum of the text's own figures ("The correct
  figure is 262", "four cases had been counted twice", "I apologise for the error"), or
  any sentence in a paragraph that apologises for or names the error, or under a
  heading that says correction or erratum.
- **a place that only locates a body** (``seat``): a place question whose blank is where
  an organisation sits ("the National Central Bureau in ____"): a city, not a practice.

``judge`` turns these into scoring reasons (called from ``scoring.score``); ``context.py``
asks ``about_the_text`` and ``names_referent`` before carrying a sentence in front of a
stem, and ``resolved_in_stem`` drops a pointer the stem itself resolves ("at that time"
after "In January 2017").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from curriculum.draft.stemcheck import StemView, names_something, word_set

if TYPE_CHECKING:
    from curriculum.draft.pointer import Pointer
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.sentences import Sentence
    from curriculum.draft.stemcheck import Score

ABOUT_THE_TEXT = -0.5
"""Below the threshold even with every bonus (0.95), and below the top-up floor (0.5)."""
ABOUT = "about the document, not the world"
"""The reason's words, by which ``roles.py`` sees the stem already judged."""
CORRECTION = -0.5
SEAT = -0.35

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})



_TEXT_NOUNS = word_set("""
    paper abstract article report study review evaluation guide guidance handbook manual
    document policy procedure note briefing bulletin summary chapter section part annex
    appendix module course syllabus programme program curriculum session workshop keynote
    talk presentation lecture seminar webinar plenary speaker presenter panellist
    panelist author authors moderator version edition answer question submission
    factsheet leaflet booklet toolkit
""")
"""What a text calls itself, its parts, its events and the people who present them
("unit", "panel" and "chair" are left out: a review panel or its chair is a body that
acts, "The panel reviews each case within 28 days")."""
_OWN_KINDS = word_set("""
    plan strategy framework protocol agreement memorandum standard statement charter
    specification proposal submission
""")
"""Kinds of document that are also things of the world ("the safety plan sets out who
supervises contact"): about the text only as "this plan", "these standards"."""
_LEARNERS = word_set("""
    participant participants delegate delegates attendee attendees learner learners
    student students trainee trainees candidate candidates reader readers you
""")
_PRESENTING = word_set("""
    review trace outline describe cover present discuss examine introduce ask argue
    explore focus look summarise summarize consider address highlight share reflect
    explain aim seek prepare set add update illustrate propose overview revisit intend
    design
""")
"""Verbs of what a text or a talk does with its topic (not "find", "show", "require")."""
_LEARNING = word_set("learn practise practice explore discuss examine consider review understand "
                   "gain develop reflect")
"""What a text's audience does as learners ("Participants will learn ...")."""
_PARTICLES = {"focus": "on", "look": "at", "set": "out"}
"""Verbs that present only with their particle ("focus on", "look at", "set out")."""


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Lower (or kill) a candidate built on a sentence about the text (module docstring).
    Only a main clause the stem shows counts: "The X Task Force identified ____ children",
    promoted from a paper's "reviews the work of the X Task Force, which identified ...",
    states the fact without the paper."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    if q.sentence.kind == "para" and not q.items and headline(parsed):
        result.kill("a headline (\"X to ask ...\"), not a statement: its only finite verbs "
                    "are in the question it announces")
        return
    about = about_the_text(parsed, view.inside, presenting=not q.items)
    if about:
        result.add(ABOUT_THE_TEXT, f"{ABOUT}: {about}")
    elif correction(q):
        result.add(CORRECTION, "a correction of the text's own figures (an erratum), not a "
                   "fact to learn")
    if q.rule == "place":
        _seat(q, result)


# -- about the text ------------------------------------------------------------------------


def about_the_text(parsed: Any, shown: Callable[[Any], bool] = lambda token: True,
                   presenting: bool = True) -> str:
    """"" or what makes the sentence about its text: the subject and the verb, as read;
    ``shown`` says whether the stem shows a word (a verb it leaves out says nothing).
    ``presenting=False`` for the lead-in of a list question: "This guide sets out five
    stages:" frames a list that is about the world, and only a list of what the learners
    will do ("you will be able to:") is about the course."""
    root = parsed[:].root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        found = _text_clause(verb, presenting) if shown(verb) else ""
        if found:
            return found
    return _misparsed(parsed, shown) if presenting else ""


def _text_clause(verb: Any, presenting: bool) -> str:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PROPN":
        return ""  # a named report ("the Lanzarote Report") is another text, quoted
    noun = subject.lemma_.lower()
    this = _this(subject)
    if presenting and _presents(verb) and (
            (noun in _TEXT_NOUNS and (this or _present_or_future(verb)))
            or (noun in _OWN_KINDS and this)):
        return f'"{_phrase(subject)} {_verb(verb)}" (what a text or a talk presents)'
    learner = subject.lower_ in _LEARNERS and _learns(verb, subject)
    if learner and (_present_or_future(verb) or _outcome(verb, subject)) and not any(
            c.dep_ in ("ccomp", "xcomp") and any(s.dep_ in _SUBJECTS for s in c.children)
            for c in verb.children):  # "will learn that offenders must ...", "will practise
        # how an officer must ...": the rule stands with its own subject (an author edits
        # the frame away); "will learn to grade 30 referrals" states nothing
        return f'"{_phrase(subject)} {_verb(verb)}" (the text\'s audience as learners)'
    if presenting and _presents(verb) and _here(verb) and (
            subject.lower_ in ("we", "i") or subject.dep_ == "nsubjpass"):
        return f'"{_phrase(subject)} {_verb(verb)} ... {_here(verb)}" (what a text presents)'
    if presenting and noun in _PURPOSE and verb.lemma_ == "be" and _of_this_text(subject):
        return f'"{_phrase(subject)} {_of_this_text(subject)}" (what a text is for)'
    item = _numbered_item(subject)
    if item and _status(verb):
        return (f'"{item} {_verb(verb)}" (the status of the document\'s own numbered item: '
                "an administrative record, not a fact of the world)")
    if item and noun in _PLAN_PARTS and not _named_other(subject):
        return (f'"{item} {_verb(verb)}" (a part of the document\'s own plan or event under '
                "its own number: what the plan sets itself, not a rule of the work)")
    return ""


_STATUS_VERBS = word_set("""
    complete finish close reopen carry defer postpone reschedule cancel withdraw discharge
    implement deliver achieve progress agree approve remain
""")
"""What happens to a minute's or a plan's own item ("Action 4.2 was completed",
"Recommendation 6 has been implemented", "Item 7 remains open")."""
_STATUS_WORDS = word_set("""
    ongoing open closed complete completed outstanding pending due overdue done delayed
    underway late superseded progress track
""")
"""What an item is: "Action 2 is ongoing", "is due", "is on track"."""


_PLAN_PARTS = word_set("""
    indicator output outcome milestone objective activity deliverable workstream inject kpi
""")
"""Parts of a plan, a project's logframe or an exercise, numbered by the document itself
("Indicator 2.1 requires that at least 4 partner countries connect ...", "Objective 2 is
to identify 50 victims by December 2026"), whatever their verb: what the plan sets
itself. A law's or a standard's part (an article, a rule, a principle, a step of a
procedure) is the work's and left out."""


def _named_other(subject: Any) -> bool:
    """The part is another body's, named in its phrase ("Objective 3 of the EU Strategy")."""
    return any(t.ent_type_ in ("ORG", "LAW", "GPE") or (t.pos_ == "PROPN" and t.i > subject.i)
               for t in subject.subtree)


def _numbered_item(subject: Any) -> str:
    """ "Action 4.2", "Recommendation 6", "Item 7": the subject is a numbered item of a
    document (its number names it, ``names_something``), shown as written."""
    numbers = [c for c in subject.children if c.dep_ in ("nummod", "appos", "compound")
               and names_something([c])]
    return f"{subject.text} {numbers[0].text}" if numbers else ""


def _status(verb: Any) -> bool:
    """The verb records an item's status: a verb of finishing, carrying or deciding
    ("was completed", "is carried forward", "has been implemented"), or "is"/"remains"
    with a status ("is ongoing", "remains open", "is on track")."""
    lemma = verb.lemma_.lower()
    if lemma in _STATUS_VERBS - {"remain"}:
        return True
    if lemma in ("be", "remain"):
        return any((c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in _STATUS_WORDS)
                   or (c.dep_ == "prep" and any(g.lemma_.lower() in _STATUS_WORDS
                                                for g in c.children))
                   for c in verb.children)
    return False


_PURPOSE = word_set("aim purpose objective goal scope focus intention")
"""What a text is for ("The purpose of this guide is to ...")."""


def _here(verb: Any) -> str:
    """ "in this chapter", "below", "in the following section": the text itself as the
    place where something is presented ("Three cases are described below", "In this
    report we examine ...")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("below", "above", "overleaf",
                                                        "hereafter", "here"):
            return str(child.text)
        if child.dep_ == "prep" and child.lower_ in ("in", "throughout"):
            text = next((c for c in child.children if c.dep_ == "pobj"), None)
            if text is not None and text.lemma_.lower() in _TEXT_NOUNS and (
                    _this(text) or any(c.lower_ in ("following", "next") for c in
                                       text.children)):
                return " ".join(t.text for t in child.subtree)
    return ""


def _of_this_text(subject: Any) -> str:
    """ "of this guide", "of the present report"."""
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        text = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if text is not None and text.lemma_.lower() in _TEXT_NOUNS and _this(text):
            return " ".join(t.text for t in prep.subtree)
    return ""


def _misparsed(parsed: Any, shown: Callable[[Any], bool]) -> str:
    """ "The paper reviews published accounts ...": the tagger reads "reviews" as a noun
    (the subject, "paper" its compound) and "published" as the verb. A plural subject
    noun that is a presenting verb's present form, after a text noun, is that verb."""
    for token in parsed:
        if token.dep_ not in _SUBJECTS or token.tag_ != "NNS" or not token.lower_.endswith("s"):
            continue
        if not shown(token):
            continue
        if token.lemma_.lower() not in _PRESENTING:
            continue
        text = [c for c in token.children if c.dep_ == "compound"
                and c.lemma_.lower() in _TEXT_NOUNS and not c.ent_type_]
        if text and text[0].i == token.i - 1:
            return f'"{_phrase(token)}" (what a text or a talk presents)'
    return ""


def _presents(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in _PRESENTING:
        return False
    if lemma == "describe" and any(c.dep_ == "prep" and c.lower_ == "as"
                                   for c in verb.children):
        return False  # "The guide describes grooming as ...": a definition, with its source
    particle = _PARTICLES.get(lemma)
    return particle is None or any(c.lower_ == particle for c in verb.children)


_READER_LEARNING = word_set("learn practise practice understand")
"""What "you" does as a learner: a reader's "you can review your data" or "you will hear
from us" is a right or a promise, not a course's outcome."""


_OUTCOMES = word_set("""
    name state explain list recognise recognize describe identify distinguish define outline
    summarise summarize compare apply demonstrate plan choose select give
""")
"""What a course's aims say its learners can do at the end ("Participants can name ...",
"By the end, participants can explain ... and list ..."): a learning outcome, the
course's own design, which states no fact of the work."""


def _outcome(verb: Any, subject: Any) -> bool:
    """ "Participants can state the three elements of ...": a learner (never "you" or a
    reader, whose "can" is a right) with "can" on a verb of a learning outcome."""
    return subject.lower_ not in ("you", "reader", "readers") and (
        verb.lemma_.lower() in _OUTCOMES) and any(
        c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)


def _learns(verb: Any, subject: Any) -> bool:
    if verb.lemma_.lower() in (_READER_LEARNING if subject.lower_ == "you" else _LEARNING):
        return True
    if _outcome(verb, subject):
        return True
    # "Participants will be able to ..."
    return verb.lemma_ == "be" and any(c.lower_ == "able" for c in verb.children)


def _present_or_future(verb: Any) -> bool:
    """Said as a programme says it: "reviews", "will cover", "is presenting"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ in ("VBZ", "VBP") or a.lower_ in ("will", "shall", "'ll") for a in aux)


def _this(subject: Any) -> bool:
    """ "This course", "the present report", "our paper": the text itself."""
    return any(c.lower_ in ("this", "these", "our") or (c.lower_ == "present" and c.dep_ ==
               "amod") for c in subject.children)


def _phrase(token: Any) -> str:
    return " ".join(t.text for t in token.subtree if t.i <= token.i)


def _verb(verb: Any) -> str:
    """The verb with its auxiliaries, as the sentence has it ("will learn", "was prepared")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return " ".join(t.text for t in sorted([*aux, verb], key=lambda t: t.i))


# -- headlines -----------------------------------------------------------------------------


def headline(parsed: Any) -> bool:
    """ "Deputy X (...) to ask the Minister (i) how many ...": a noun phrase, then an
    infinitive, and no finite verb outside the question the infinitive asks. (Read for
    a sentence of prose only: a list item or a glossary entry is a noun phrase by
    design.)"""
    tokens = list(parsed)
    to = next((t for t in tokens if t.tag_ == "TO" and t.i + 1 < len(tokens)
               and tokens[t.i + 1].tag_ == "VB"), None)
    if to is None or to.i == 0:
        return False
    before = tokens[: to.i]
    if any(t.pos_ in ("VERB", "AUX") for t in before) or not any(
            t.pos_ in ("NOUN", "PROPN") for t in before) or not before[0].text[:1].isupper():
        return False
    asked = False
    for token in tokens[to.i + 2 :]:
        asked = asked or _interrogative(token)
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD") and token.dep_ != "relcl" and not (
                token.head.dep_ == "relcl" and token.dep_ in ("aux", "auxpass")) and not asked:
            return False
    return True


def _interrogative(token: Any) -> bool:
    """A word that opens an indirect question ("how many", "what information", "whether
    she will"), not a relative pronoun ("proceedings that affect the child")."""
    word = token.lower_
    if word in ("how", "what", "whether", "why"):
        return True
    if word not in ("which", "who", "whom", "when", "where", "if"):
        return False
    up = token.head
    while up.i != up.head.i and up.pos_ not in ("VERB", "AUX"):
        up = up.head
    return bool(up.dep_ != "relcl")


# -- corrections ---------------------------------------------------------------------------

_ERROR_NOUNS = frozenset({"error", "errors", "mistake", "mistakes", "erratum", "errata",
                          "corrigendum", "misprint"})
_WRONGLY = frozenset({"twice", "wrongly", "incorrectly", "mistakenly", "erroneously",
                      "inadvertently"})
_RECORDING = frozenset({"count", "record", "report", "give", "state", "publish", "include",
                        "list", "enter", "attribute", "double"})
_FIGURE = frozenset({"figure", "number", "total", "count", "date", "amount", "percentage",
                     "version", "text", "wording"})
_HEADING = re.compile(r"\b(?:correction|corrigend|errat)", re.I)


def correction(q: DraftQuestion) -> bool:
    """The sentence corrects the text's own figures, or its paragraph or section is an
    erratum (see the module docstring)."""
    sentence = q.sentence
    if _HEADING.search(sentence.heading):
        return True
    if _corrects(sentence.parsed):
        return True
    return any(_owns_error(other.parsed) for other in _paragraph(q))


def _corrects(parsed: Any) -> bool:
    """ "The correct figure is 262", "four cases had been counted twice", "was wrongly
    recorded", "apologise for the error"."""
    if parsed is None:
        return False
    for token in parsed:
        lemma = token.lemma_.lower()
        if lemma in ("correct", "corrected", "revised", "amended") and token.dep_ == "amod" \
                and token.head.lemma_.lower() in _FIGURE:
            return True
        if token.lower_ in _WRONGLY and token.head.lemma_.lower() in _RECORDING:
            return True
        if token.lower_ in ("double-counted", "miscounted", "misreported", "misstated"):
            return True
        if lemma == "read" and any(c.lower_ in ("should", "would") for c in token.children) \
                and any(c.dep_ in _SUBJECTS and c.lemma_.lower() in _FIGURE
                        for c in token.children):
            return True  # "the figure in Table 2 should read 312"
        if lemma in ("correct", "amend") and token.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FIGURE | _ERROR_NOUNS
                for c in token.children):
            return True  # "This version corrects the figure for 2023"
        if lemma == "error" and token.head.lower_ == "in" and token.head.head.lemma_.lower() \
                in _RECORDING:
            return True
    return _owns_error(parsed)


def _owns_error(parsed: Any) -> bool:
    """ "I apologise for the error", "This corrects an error in ...": the text owns a
    mistake of its own."""
    if parsed is None:
        return False
    for token in parsed:
        if token.lemma_.lower() in ("apologise", "apologize", "regret") and any(
                t.lower_ in _ERROR_NOUNS for t in token.subtree):
            return True
        if token.lower_ in _ERROR_NOUNS and token.dep_ in ("dobj", "pobj", "attr") and \
                token.head.lemma_.lower() in ("correct", "apologise", "apologize", "for"):
            return True
    return False


def _paragraph(q: DraftQuestion) -> list[Sentence]:
    block = q.sentence.block
    if block is None or q.sentence.kind != "para":
        return []
    analysis = q.analysis
    if analysis.by_block is None:
        analysis.by_block = {}
        for sentence in analysis.sentences:
            if sentence.block is not None:
                analysis.by_block.setdefault(id(sentence.block), []).append(sentence)
    return [s for s in analysis.by_block.get(id(block), []) if s is not q.sentence]


# -- a place that only locates a body ------------------------------------------------------


def _seat(q: DraftQuestion, result: Score) -> None:
    """ "through the INTERPOL National Central Bureau in ____": the place hangs from the
    body's name, not from what is done: it says where an office sits."""
    parsed = q.sentence.parsed
    view = StemView(parsed, q.sentence.start, ((q.sentence.start, q.sentence.end),))
    answer = view.span_tokens(q.key)
    if not answer:
        return
    head = max(answer, key=lambda t: len(list(t.subtree)))
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.head.i == prep.i:
        return
    body = prep.head
    if body.pos_ in ("NOUN", "PROPN") and (body.ent_type_ in ("ORG", "FAC") or (
            body.pos_ == "PROPN" and body.ent_type_ not in ("GPE", "LOC"))):
        result.add(SEAT, f'trivia: the place only says where a body sits ("{body.text} '
                   f'{prep.text} ____")')


# -- carried leads -------------------------------------------------------------------------

_TIME_NOUNS = frozenset({"time", "year", "point", "period", "date", "stage", "month", "day",
                         "moment", "week", "season"})
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def resolved_in_stem(parsed: Any, pointer: Pointer) -> bool:
    """ "..., with 49 countries connected at that time" after "In January 2017", "it lasts
    72 hours and must be put in writing within that time": the demonstrative's time is
    the date or the length of time the stem itself shows before it. "the child" after
    "studies of child abduction murders": the stem names the kind (``_kind_shown``)."""
    if pointer.i >= len(parsed):
        return False
    if pointer.kind in ("lemma", "mild"):
        return _kind_shown(parsed[pointer.i])
    if pointer.kind != "previous":
        return False
    token = parsed[pointer.i]
    if token.lower_ not in ("that", "those") or token.dep_ != "det":
        return False
    if token.head.lemma_.lower() not in _TIME_NOUNS:
        return False
    return any(t.i < token.i and (
        (t.ent_type_ == "DATE" and _DATE.search(t.text))
        or (t.lemma_.lower() in _UNITS and any(c.dep_ == "nummod" for c in t.children)))
        for t in parsed)


_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _kind_shown(head: Any) -> bool:
    """ "studies of child abduction murders found that ... the child was killed": the
    stem itself says which child (the one of each case it counts), naming the kind as a
    modifier before; a modifier inside a proper name ("the Harbour Offender Unit") names
    a body, not the offenders."""
    if head.pos_ != "NOUN" or not any(c.lower_ == "the" for c in head.children):
        return False
    lemma = head.lemma_.lower()
    return any(t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN"
               and t.lemma_.lower() == lemma and t.head.pos_ == "NOUN" and not t.ent_type_
               for t in head.doc)


def names_referent(q: DraftQuestion, other: Sentence, found: list[Pointer]) -> bool:
    """May ``other`` (the sentence before) be carried in front of the stem? Never when it is
    about the text itself (a speaker's or a paper's outline says nothing a stem needs),
    and only when it names what each pointer needs: for "it"/"its" a singular noun, for
    "they"/"their" and "these X" a plural or a body (or X itself), for a repeated "the X"
    the noun X as the head of a phrase (the "Offender" of "the Harbour Offender Unit" is
    no offender), a date for "that year", a named place (or the noun itself) for "this
    jurisdiction", "this country"."""
    parsed = other.parsed
    if parsed is None or about_the_text(parsed) or headline(parsed):
        return False
    stem = q.sentence.parsed
    for pointer in found:
        if pointer.kind == "lemma" and pointer.lemma and not _heads(pointer.lemma, parsed):
            return False
        if pointer.kind != "previous" or stem is None or pointer.i >= len(stem):
            continue
        if not _names(stem[pointer.i], parsed):
            return False
    return True


def _heads(lemma: str, lead: Any) -> bool:
    """The lead holds the noun as the head of its phrase, not as a modifier of another."""
    return any((t.lemma_.lower() == lemma or t.lower_ == lemma) and t.dep_ != "compound"
               for t in lead)


def _names(token: Any, lead: Any) -> bool:
    word = token.lower_
    nouns = [t for t in lead if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in (
        "DATE", "TIME", "CARDINAL", "PERCENT")]
    if word in ("it", "its"):
        return any(t.tag_ in ("NN", "NNP") and t.dep_ in _SUBJECTS | {"dobj"} for t in nouns)
    if word in ("they", "them", "their"):
        return any(t.dep_ in _SUBJECTS | {"dobj"} and (t.tag_ in ("NNS", "NNPS")
                   or t.ent_type_ in ("ORG", "NORP") or any(c.dep_ == "conj" for c in
                                                            t.children)) for t in nouns)
    if word in ("this", "that", "these", "those") and token.dep_ == "det":
        head = token.head.lemma_.lower()
        if head in _TIME_NOUNS:
            return any(t.ent_type_ == "DATE" for t in lead)
        if word in ("these", "those"):  # a set: the noun itself, or a plural named so
            return _heads(head, lead) or any(
                t.tag_ in ("NNS", "NNPS") and t.dep_ in _SUBJECTS | {"dobj"} for t in nouns)
        if head in PLACE_KINDS:  # "this jurisdiction": the place itself, named
            return _heads(head, lead) or any(t.ent_type_ in ("GPE", "LOC") for t in lead)
    return True


PLACE_KINDS = frozenset({"jurisdiction", "country", "area", "region", "state", "province",
                         "county", "city", "nation", "territory", "district", "borough"})
"""Kinds of place: "this jurisdiction" is named by a place the context names, never by a
case detail ("A 23-year-old registrant has bought a ticket ...") that happens to have a
subject."""
