"""A lead-in and its items: one sentence per item, read as syntax.

Statutes, codes and guidelines write one sentence as a lead-in and its lettered items:
"A person who, without lawful excuse -" / "(a) makes ... commits an offence ...; or" /
"(b) keeps ...". Each item is half a sentence: its subject (and modal, verb, time limit)
is in the lead-in, and its end is the list's connector ("; or", "; and"). Read alone, an
item is a stem with no subject; read alone, a lead-in that stops on a preposition or a
dash ("... and notify the officer of -") is a stem cut mid-clause.

Here, from the parse:

- a lead-in is **open** when it stops mid-clause: it ends on a dash (the drafting style
  of statutes: the sentence goes on in each item), or on a colon straight after a word
  that needs what follows (a preposition, a conjunction, an article, "who", "that");
- each item of an open lead-in is parsed again *after* the lead-in, as the one sentence
  they make, and the item keeps its share of that parse (its words hang from the
  lead-in's subject and verb, not from a subject it does not have); an item with its own
  subject and verb stands alone, as it did ("In this Act, unless the context otherwise
  requires -" + '"child" means ...'), unless it is a condition of the lead-in's rule under
  a dash ("commits an offence if -" + "he or she ...") or the finding a lead-in reports
  ("The review found that:" + "every search is led by an inspector": ``reports``);
- the item is **joined** (``Sentence.joined``: the lead-in as shown in front of it) when
  lead-in plus item is a sentence: a finite verb with its subject. The lead-in is shown
  without its dash or colon; a dash that closes an aside the lead-in opened with a comma
  ("A person who, without lawful excuse -") is shown as that comma. The item's own
  connector ("; or") is never shown (``clauses.render``);
- it is **held** (``Sentence.unjoined``, the reason) when the two make no sentence (the
  shared verb comes after the list: "(b) keeps ... / commits an offence"; those shared
  words, a lower-case paragraph with no subject right after the list, are asked after the
  lead-in and the first item of a list joined by "or": ``Sentence.via``), or when the
  item is one of several conditions that hold only together (a list joined by "and"
  under "if", "where", "who"): the item alone would state half a rule as a rule.

A lead-in's own figure ("must, within 3 days, attend ... and notify the officer of -")
is asked from its last whole part (``closed_end``: the coordinated verb left open is cut
with its "and"); when nothing whole holds the figure, the stem is a lead-in cut
mid-clause and is held (``stemcheck``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft import criteria, guidance, nlp, object_leads
from curriculum.draft.object_leads import object_item

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis, BulletList
    from curriculum.draft.reading import SourceDoc
    from curriculum.draft.sentences import Sentence

_DASH_END = re.compile(r"\s?[-\u2013\u2014]+\s*$")
_LEAD_END = re.compile(r"(?::|\s?[-\u2013\u2014]+)\s*$")
_CONNECTOR = re.compile(r"[;,]\s*(?P<word>and/or|and|or)\s*$", re.I)
_OPEN_TAGS = frozenset({"IN", "DT", "CC", "WDT", "WP"})
"""A lead-in that stops on one of these before its colon stops mid-clause ("of:", "the:",
"who:"). Not "to": "you will be able to:" + "describe ..." is a course's objectives, and
"must:" + "record ..." is read by ``procedures.py``."""
_CONDITIONS = frozenset({"if", "where", "when", "whenever", "unless", "whether", "provided"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_JOINED_WORDS = 70
"""Lead-in and item together longer than this are not parsed as one sentence."""


def introduces(text: str) -> bool:
    """The sentence ends as a lead-in does: a colon, or a dash (statute style)."""
    return bool(_LEAD_END.search(text))


def dash_lead(text: str) -> bool:
    """The sentence ends on a dash: a statute's lead-in, whose items finish it."""
    return bool(_DASH_END.search(text))


def is_open(text: str, parsed: Any) -> bool:
    """The lead-in stops mid-clause (module docstring)."""
    if dash_lead(text):
        return True
    if parsed is None or not text.rstrip().endswith(":"):
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].tag_ in _OPEN_TAGS


def conditions(parsed: Any) -> bool:
    """The lead-in stops on a relative word or a condition's opener ("in every case in
    which:", "where:"): each item, even one with its own subject and verb ("a child under
    13 is to give evidence"), is a condition of the lead-in's rule, never a fact of its
    own, so it is read with the lead-in (and held when the two make no sentence)."""
    if parsed is None:
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    return bool(words) and (words[-1].tag_ in ("WDT", "WP", "WRB")
                            or words[-1].lower_ in _CONDITIONS)


def shown(text: str) -> str:
    """The lead-in as shown in front of an item: without its dash or colon; a dash that
    closes an aside opened by a comma ("A person who, without lawful excuse -") is that
    comma (an odd number of commas: the last one is still open)."""
    body = _LEAD_END.sub("", text).rstrip()
    if dash_lead(text) and body.count(",") % 2 == 1:
        return body + ","
    return body


def connector(doc: SourceDoc, item: Sentence) -> str:
    """The list connector that ends an item ("or", "and", "and/or"), or ""."""
    found = _CONNECTOR.search(doc.display(item.start, item.end))
    return found.group("word").lower() if found else ""


def join_items(result: Analysis) -> None:
    """Read every item of an open lead-in with it (module docstring): set the item's parse
    to its share of the joined sentence, and ``joined`` or ``unjoined``."""
    doc = result.doc
    work: list[tuple[Sentence, Sentence, str, str]] = []
    tails: list[tuple[Sentence, Sentence, str, Sentence]] = []
    for bullets in result.lists:
        lead = bullets.lead
        if lead is None:
            continue
        text = doc.display(lead.start, lead.end)
        if criteria.names_criteria(text, lead.parsed) and not is_open(text, lead.parsed):
            work += _criteria(doc, bullets, lead)  # "... only when all four criteria are met:"
            continue
        objects = not is_open(text, lead.parsed) and object_leads.waits(lead.parsed)
        if not is_open(text, lead.parsed) and not objects:
            continue
        front = (object_leads.front(lead.parsed) if objects else None) or shown(text)
        together = _together(doc, bullets)
        dash = dash_lead(text)
        tail = _tail(result, bullets) if dash and together != "and" else None
        if tail is not None:  # "(b) keeps ...," / "commits an offence and is liable to
            # imprisonment for 5 years.": the shared words, shown after the first item
            first = bullets.items[0]
            item_text = _CONNECTOR.sub("", doc.display(first.start, first.end)).rstrip(" ,;")
            tails.append((tail, lead, f"{front} {item_text}", first))
        if not dash and reports(lead.parsed):
            work += _reported(doc, bullets, lead, front)
            continue
        for item in bullets.items:
            if item.parsed is None or item.part:
                continue
            if objects and not object_item(item.parsed):
                continue  # "requires:" + "record the time": no object, no sentence
            if not dash and guidance.declarative(item.parsed) and not conditions(lead.parsed):
                continue  # "The review found that:" + a finding with its own subject
                # and verb: it stands alone, as it did
            body = _flat(doc.text[item.start : item.end])
            if len(front.split()) + len(body.split()) > MAX_JOINED_WORDS:
                item.unjoined = "a list item whose lead-in is too long to show with it"
                item.whole = False
                continue
            work.append((item, lead, front, together))
    if not work and not tails:
        return
    texts = [f"{front} {_flat(doc.text[i.start : i.end])}" for i, _, front, _ in work]
    texts += [f"{front} {_flat(doc.text[t.start : t.end])}" for t, _, front, _ in tails]
    parses = nlp.parse(texts)
    for (item, _lead, front, together), parsed in zip(work, parses, strict=False):
        _judge(item, front, together, parsed)
    for (tail, lead, front, first), parsed in zip(tails, parses[len(work) :], strict=True):
        _judge_tail(tail, lead, front, first, parsed)


def join_one(result: Analysis, item: Sentence, lead: Sentence) -> None:
    """Read one ``item`` after ``lead`` as the sentence they make, as the items of an open
    lead-in are read (an exam item's keyed option after its stem: ``exams.py``)."""
    if item.parsed is None or lead.parsed is None:
        return
    front = shown(result.doc.display(lead.start, lead.end))
    body = _flat(result.doc.text[item.start : item.end])
    item.lead = lead
    if len(front.split()) + len(body.split()) > MAX_JOINED_WORDS:
        item.unjoined = "a list item whose lead-in is too long to show with it"
        item.whole = False
        return
    _judge(item, front, "", nlp.parse([f"{front} {body}"])[0])


def _tail(result: Analysis, bullets: BulletList) -> Sentence | None:
    """The words after a list that its lead-in and every item share ("commits an offence
    and is liable to imprisonment for 5 years."): the paragraph right after the last item,
    in lower case, with no subject of its own; None when there is none."""
    last = bullets.items[-1]
    after = next((s for s in result.kept() if s.index > last.index and not (
        s.kind == "bullet" and s.list_id == last.list_id)), None)
    if after is None or after.kind != "para" or after.parsed is None:
        return None
    shown_text = result.doc.display(after.start, after.end)
    if not shown_text[:1].islower() or guidance.declarative(after.parsed):
        return None
    return after


def _judge_tail(tail: Sentence, lead: Sentence, front: str, first: Sentence, joint: Any) -> None:
    """The shared words after a list, asked after the lead-in and the list's first item
    ("A person who makes X commits an offence and is liable to ..."), when the three make
    a sentence; any one item of a list joined by "or" makes the rule true."""
    at = len(front) + 1
    start = next((t for t in joint if t.idx >= at), None)
    if start is None or not _sentence(joint):
        return
    tail.parsed = joint[start.i :].as_doc()
    tail.joined = front
    tail.lead = lead
    tail.via = (first.start, first.end)


def _flat(text: str) -> str:
    """Line breaks as spaces, so offsets do not move."""
    return re.sub(r"[\r\n]", " ", text)


def _together(doc: SourceDoc, bullets: BulletList) -> str:
    """How the items combine: "and" (all of them), "or" (any one), or "" (not said)."""
    words = {connector(doc, i) for i in bullets.items[:-1]} - {""}
    return "and" if words == {"and"} else "or" if "or" in words or "and/or" in words else ""


def _judge(item: Sentence, front: str, together: str, joint: Any) -> None:
    at = len(front) + 1
    first = next((t for t in joint if t.idx >= at), None)
    if first is None:
        return
    own = joint[first.i :].as_doc()
    whole = _sentence(joint) or _shared_verb(joint, first.i)
    condition = whole and _condition(joint, first.i)
    if condition and together == "and":
        item.unjoined = ("one of several conditions its lead-in joins with \"and\": the item "
                         "alone is half the rule")
        item.whole = False
        return
    if guidance.declarative(item.parsed) and not condition and together != "that":
        return  # a sentence of its own under a frame ("In this Act, unless the context
        # otherwise requires -" + '"child" means ...'): it stands alone, as it did
    if not whole:
        item.unjoined = ("a list item that makes no sentence with its lead-in (the verb they "
                         "share comes after the list)")
        item.whole = False
        return
    item.parsed = own
    item.joined = front
    item.whole = True
    item.unjoined = ""  # a criterion is held (``_criteria``) until it reads as one sentence


def _reported(
    doc: SourceDoc, bullets: BulletList, lead: Sentence, front: str
) -> list[tuple[Sentence, Sentence, str, str]]:
    """The items of a lead-in that reports (``reports``), each to be read after it, even
    one with its own subject and verb: the finding is the lead-in's ("that" marks them for
    ``_judge``)."""
    return [(item, lead, front, "that") for item in _fitting(doc, bullets, front)]


def _fitting(doc: SourceDoc, bullets: BulletList, front: str) -> list[Sentence]:
    """The parsed, whole items of a list short enough to be shown after ``front``; a longer
    one is marked as held (its lead-in and it together would make too long a stem)."""
    out = []
    for item in bullets.items:
        if item.parsed is None or item.part:
            continue
        body = _flat(doc.text[item.start : item.end])
        if len(front.split()) + len(body.split()) > MAX_JOINED_WORDS:
            item.unjoined = "a list item whose lead-in is too long to show with it"
            item.whole = False
            continue
        out.append(item)
    return out


def _criteria(
    doc: SourceDoc, bullets: BulletList, lead: Sentence
) -> list[tuple[Sentence, Sentence, str, str]]:
    """The items of a lead-in that names them as criteria to be met (``criteria.py``), each
    to be read after the lead-in's rule and "only if" ("only" marks them for ``_judge``:
    every one is a necessary condition, true alone); all held when there is no such rule."""
    front = criteria.only_front(lead.parsed, _together(doc, bullets))
    if front is None:
        criteria.hold_items(bullets.items)
        return []
    out = []
    for item in _fitting(doc, bullets, front):
        item.unjoined = criteria.REASON  # until ``_judge`` finds the two make a sentence
        item.whole = False
        out.append((item, lead, front, "only"))
    return out


def reports(parsed: Any) -> bool:
    """The lead-in stops on the "that" of what a verb reports ("The survey found that:",
    "Officers told us that:"): each item is the finding it reports, never a fact of its
    own, so it is shown after the lead-in (blind review 13a, C2: "17 agencies upload new
    series within 30 days" said neither whose agencies nor which survey)."""
    if parsed is None:
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].lower_ == "that" and words[-1].tag_ in ("IN", "WDT") and (
        words[-1].head.pos_ in ("VERB", "AUX") or words[-1].dep_ == "mark")


def _sentence(joint: Any) -> bool:
    """The joined text is one sentence: its root a finite verb with a subject."""
    roots = [t for t in joint if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)
    return finite and any(c.dep_ in _SUBJECTS for c in root.children)


def _shared_verb(joint: Any, first: int) -> bool:
    """The item carries the main verb the lead-in's subject waits for, after its own
    relative verb and object ("who -" + "makes, offers or sells X commits an offence"),
    where the parse failed to join them: a finite verb of the item that follows a noun of
    the item and opens no relative clause of its own. A parse whose root is a verb, or
    an item with no such verb ("who -" + "makes X;", the shared verb after the list), is
    no such case."""
    roots = [t for t in joint if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].i >= first or roots[0].pos_ not in ("NOUN", "PROPN"):
        return False
    seen_noun = False
    for token in joint[first:]:
        if token.pos_ in ("NOUN", "PROPN", "PRON") and (
                token.tag_ != "NNS" or token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")):
            seen_noun = True  # a plural "noun" that is no argument is a verb the tagger
            continue  # missed ("distributes/NNS, transmits ...")
        if seen_noun and token.tag_ in ("VBZ", "VBD", "VBP", "MD") and token.dep_ != "relcl" and (
                not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in token.children)):
            return True
    return False


def _condition(joint: Any, first: int) -> bool:
    """The item's words are a condition of the lead-in's rule: they hang from a relative
    clause ("A person who -") or from a clause opened by "if", "where", "when" ..."""
    tops = [t for t in joint[first:] if t.head.i < first]
    for top in tops:
        for node in [top, *top.ancestors]:
            if node.dep_ in ("relcl", "acl"):
                return True
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS
                                            for c in node.children):
                return True
            if node.i < first and node.lower_ in _CONDITIONS and node.dep_ in ("mark", "advmod"):
                return True
        if any(t.lower_ in _CONDITIONS and t.dep_ == "mark" and t.head.i == top.i
               for t in joint[:first]):
            return True
    return False


def closed_end(doc: SourceDoc, span: tuple[int, int], parsed: Any) -> int | None:
    """For a lead-in that stops mid-clause, the file offset where its last whole part ends:
    before the "and" of the coordinated verb left open ("attend ... and notify the officer
    of -" ends after "attend ..."); the sentence's start when no part is whole; None for
    a sentence that is no open lead-in."""
    text = doc.text[span[0] : span[1]]
    if parsed is None or not is_open(" ".join(text.split()), parsed):
        return None
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if not words:
        return span[0]
    node = words[-1]
    for ancestor in [node, *node.ancestors]:
        if ancestor.dep_ == "conj" and ancestor.pos_ in ("VERB", "AUX"):
            head = ancestor.head
            cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < ancestor.i),
                      None)
            cut = (cc if cc is not None else ancestor).idx
            while cut > 0 and (text[cut - 1].isspace() or text[cut - 1] in ",;"):
                cut -= 1
            if cut > 0:
                return span[0] + int(cut)
    return span[0]


def continues(sentence: Sentence) -> bool:
    """A list item shown with its lead-in in front, which gives it its subject."""
    return bool(sentence.joined)
