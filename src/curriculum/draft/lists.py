"""List questions on a bullet list introduced by a sentence ending in ':'.

"Which of these was one of them?", "Which was NOT one of them?" and "Select all that
apply". Distractors come only from the document's *other* lists (inline lists after
"included", other bullet lists): real topics of the same source that are not items
of this list, and only from a list of the same kind: the entity type of the items' heads
(people, organisations, places, dates) or common noun phrases, so an attendance list
never gives options for categories of offences; and only from a list in the same section
(under the same heading: "Other topics included ..." after "three priorities:"), the
siblings of its items on the same topic: a list under another heading is another kind of
thing even when both are common nouns (the features a child must be asked to age-verify
for, the technical controls that protect moderators, against the kinds of abuse a provider
must report). A distractor that shares a word found
in only one item of the list is rejected as too close ("legislation regarding traveling
sex offenders" against the item "Sex offender management").

A list whose items are the document's own headings (a table of contents, a page's
navigation: under a heading "Contents", or most items the text of a heading of the same
document, or a plain text's heading line in capitals) is the document's structure, not
content: it is never asked and never gives options ("How to read this guidance" is no kind
of abuse to report).

A lead-in that stops on "including" ("... any content it becomes aware of, including:")
is no sentence with its colon made a full stop ("..., including."): it is asked as one
question, "..., including which of the following?", and the "NOT one of them" question,
which needs the set named first, is held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from curriculum.draft.analysis import Analysis, BulletList
from curriculum.draft.clauses import md_escape
from curriculum.draft.facts import STOPWORDS
from curriculum.draft.leadins import is_open
from curriculum.draft.questions import DraftQuestion, seed_of
from curriculum.draft.sentences import Sentence

MIN_ITEMS = 3
_LABELLED = re.compile(r"^\w+\s+\w{1,3}\s*:")
_VERBAL = re.compile(
    r"\b(?:will|would|should|must|shall|can|may|is|are|was|were|has|have|had)\b", re.I
)
_ACRONYM_DEF = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+(?:(?:of|on|for|and|the|against|in)\s+)*){1,8}\((?P<short>[A-Z]{2,8})\)"
)


_NAVIGATION = re.compile(
    r"(?:table\s+of\s+)?contents|in\s+this\s+(?:guid\w*|document|report|section|chapter|page)"
    r"|on\s+this\s+page|(?:site\s+)?navigation|menu|jump\s+to",
    re.I,
)
_NUMBERED = re.compile(
    r"^(?:(?:section|chapter|part|annex|appendix)\s+)?"
    r"(?:\d+(?:\.\d+)*[.):]?|[A-Za-z][.)]|[ivxIVX]+[.)])\s+",
    re.I,
)
_PAGE = re.compile(r"(?:\s*\.{2,}|\s)\s*(?:p\.?\s*)?\d{1,4}\s*$")


def list_rules(analysis: Analysis) -> list[DraftQuestion]:
    """Up to three questions per introduced bullet list, all in one group."""
    out: list[DraftQuestion] = []
    headings = _headings(analysis)
    navigation = {b.list_id for b in analysis.lists if _navigation(analysis, b, headings)}
    for bullets in analysis.lists:
        if bullets.lead is None or len(bullets.items) < MIN_ITEMS:
            continue
        if bullets.list_id in navigation:
            continue  # a table of contents: the document's structure, not a set of things
        lead_text = analysis.doc.display(bullets.lead.start, bullets.lead.end)
        if is_open(lead_text, bullets.lead.parsed):
            continue  # "... to obtain from the child -" + "(a) money; (b) ...": each item
            # finishes the lead-in's sentence (``leadins.py``), no set of things to pick from
        said = _stated_count(analysis, bullets.lead)
        if said is not None and said != len(bullets.items):
            continue  # "five recommendations:" over six lines: the list was not read right
        items = [_item_text(analysis, s.start, s.end) for s in bullets.items]
        if any(_VERBAL.search(i) for i in items):
            continue  # items that are sentences: other lists give no options of that kind
        pool = _pool(analysis, bullets, items, navigation)
        out += _questions(analysis, bullets, items, pool)
    return [q.finish() for q in out]


def _stated_count(analysis: Analysis, lead: Sentence) -> float | None:
    """The number of items the lead-in announces ("four key themes:"), if it says one."""
    counts = [f for f in analysis.facts.get(lead.index, []) if f.kind == "count"]
    return counts[-1].number if counts else None


def _item_text(analysis: Analysis, start: int, end: int) -> str:
    text = analysis.doc.display(start, end)
    text = re.sub(r"(?:[;,.]|\s+(?:and|or))+$", "", text).strip()
    return text[:1].upper() + text[1:]


def compress(text: str) -> str:
    """Shorten options: "the ... Exploitation (ICSE) database" becomes "the ICSE database"."""
    return _ACRONYM_DEF.sub(lambda m: m.group("short"), text)


def _pool(
    analysis: Analysis, bullets: BulletList, items: list[str], navigation: set[int]
) -> list[str]:
    counts: dict[str, int] = {}
    for item in items:
        for word in {t.stem for t in tokenize(item)} - _stop_stems():
            counts[word] = counts.get(word, 0) + 1
    unique = {w for w, n in counts.items() if n == 1}
    known = {i.casefold() for i in items}
    pool: list[str] = []
    kind = _list_kind([_item_kind(analysis, s.start, s.end) for s in bullets.items])
    section = _section(bullets.lead or bullets.items[0])
    for text, other, where in _other_items(analysis, bullets, navigation):
        if other != kind or where != section:
            continue  # people with roles are no options for categories of offences
        shown = compress(text)
        shown = shown[:1].upper() + shown[1:]
        stems = {t.stem for t in tokenize(shown)}
        if shown.casefold() in known or stems & unique or len(shown.split()) > 12:
            continue
        if _shouted(shown) and not any(_shouted(i) for i in items):
            continue  # "HOW TO USE THIS GUIDE": a plain text's heading read as an item
        if _VERBAL.search(shown) or not _same_shape(shown, items):
            continue  # a sentence, a fragment or a label of another kind: not a plausible option
        if shown.casefold() not in {p.casefold() for p in pool}:
            pool.append(shown)
    return pool


def _same_shape(option: str, items: list[str]) -> bool:
    """Balanced brackets, and the items' shared first word if they have one ("Category")."""
    if option.count("(") != option.count(")"):
        return False
    if _LABELLED.match(option) and not all(_LABELLED.match(i) for i in items):
        return False  # "Category 2: ..." among plain topics
    firsts = {i.split()[0].casefold() for i in items if i.split()}
    return len(firsts) != 1 or option.split()[0].casefold() in firsts


def _stop_stems() -> set[str]:
    return {stem(w) for w in STOPWORDS}


_WORD = re.compile(r"[A-Za-z]+")


def tokenize(text: str) -> list[_Stemmed]:
    """Words with a crude stem: enough to see that two options share a content word."""
    return [_Stemmed(stem(m.group(0))) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class _Stemmed:
    stem: str


def stem(word: str) -> str:
    """Lowercase, without a plural or -ing/-ed ending: "offenders" and "offender" agree."""
    w = word.lower()
    for suffix in ("ing", "ers", "ies", "es", "ed", "er", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _heading_key(text: str) -> str:
    """A heading or a contents line as compared: no numbering, page number or markup."""
    text = re.sub(r"[*_#`]+", " ", text)
    text = _PAGE.sub("", " ".join(text.split()))
    text = _NUMBERED.sub("", text.strip(" .:;,-"))
    return " ".join(text.casefold().split()).strip(" .:;,")


def _headings(analysis: Analysis) -> set[str]:
    blocks = analysis.cleaned.blocks
    return {_heading_key(analysis.doc.display(b.start, b.end)) for b in blocks
            if b.kind == "heading"} - {""}


def _navigation(analysis: Analysis, bullets: BulletList, headings: set[str]) -> bool:
    """A table of contents or navigation (module docstring): the list's heading names it
    ("Contents", "In this guide"), or most of its items, at least two, are the text of the
    document's own headings."""
    if not bullets.items:
        return False
    if _NAVIGATION.fullmatch(_heading_key(bullets.items[0].heading or "")):
        return True
    shown = [analysis.doc.display(s.start, s.end) for s in bullets.items]
    same = sum(_heading_key(t) in headings or _shouted(t) for t in shown)
    return same >= 2 and 2 * same >= len(shown)


def _shouted(text: str) -> bool:
    """A line in capitals, two words or more ("0. HOW TO USE THIS GUIDE"): a plain text's
    heading, read as an item of a numbered list."""
    words = _WORD.findall(text)
    return len(words) >= 2 and not any(c.islower() for c in text)


def _section(sentence: Sentence) -> str:
    """The heading a sentence stands under ("" for none), as compared."""
    return " ".join((sentence.heading or "").casefold().split())


def _other_items(
    analysis: Analysis, bullets: BulletList, navigation: set[int]
) -> list[tuple[str, str, str]]:
    """The items of the document's other lists, each with its list's kind and section
    (never a table of contents: its items are the document's headings, no things of any
    kind)."""
    out = []
    for other in analysis.lists:
        if other.list_id != bullets.list_id and other.list_id not in navigation:
            kind = _list_kind([_item_kind(analysis, s.start, s.end) for s in other.items])
            where = _section(other.lead or other.items[0])
            out += [(_item_text(analysis, s.start, s.end), kind, where) for s in other.items]
    for index, facts in analysis.facts.items():
        for fact in facts:
            if fact.kind == "list":
                kind = _list_kind([_item_kind(analysis, s, e) for s, e in fact.items])
                where = _section(analysis.sentences[index])
                out += [(analysis.doc.display(s, e), kind, where) for s, e in fact.items]
    return out


_NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "EVENT",
                          "LAW", "WORK_OF_ART", "PRODUCT"})


def _item_kind(analysis: Analysis, start: int, end: int) -> str:
    """What an item is, from the parse: the entity type of the phrase's head ("Owen
    Tarrant, Senior Probation Officer": PERSON; "Greyholm Children's Services": ORG),
    "INSTRUCTION" for a step that opens with a bare verb ("Keep the messages"), or "" for a
    common noun phrase ("violent and other sexual offenders", "mobile devices")."""
    sentence = analysis.sentence_at(start)
    if sentence is None or sentence.parsed is None:
        return ""
    base = sentence.start
    tokens = [t for t in sentence.parsed if start <= base + t.idx < end and not t.is_punct]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not heads:
        return ""
    head = heads[0]
    if tokens[0].tag_ == "VB" and tokens[0].dep_ in ("ROOT", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tokens[0].children):
        return "INSTRUCTION"  # "Keep the messages ...": a step, not a thing or a kind
    if head.ent_type_ in _NAMED_KINDS:
        return str(head.ent_type_)
    chain = [c for c in head.children if c.dep_ in ("compound", "flat")]
    return next((str(c.ent_type_) for c in chain if c.ent_type_ in _NAMED_KINDS), "")


def _list_kind(kinds: list[str]) -> str:
    """A list's kind: the kind most of its items have (the first such, on a tie)."""
    return max(kinds, key=kinds.count) if kinds else ""


def _questions(
    analysis: Analysis, bullets: BulletList, items: list[str], pool: list[str]
) -> list[DraftQuestion]:
    assert bullets.lead is not None
    doc = analysis.doc
    lead = bullets.lead
    body = md_escape(doc.display(lead.start, lead.end).rstrip(":").rstrip())
    intro = body
    if lead.parsed is not None and _ends_on_verb(lead.parsed):
        intro += " the following"  # "Online abuse includes:" -> "... includes the following."
    intro += "."
    quote = (lead.start, bullets.items[-1].end)
    seed = seed_of("list", intro, *items)
    including = lead.parsed is not None and _ends_on_including(lead.parsed)
    # "..., including:" -> "..., including which of the following?" (module docstring);
    # the seed, and so the key, stays the one of the lead-in read as before
    member = f"{body} which of the following?" if including else (
        f"{intro} Which of the following was one of them?")
    among = f"{body} which of the following?" if including else (
        f"{intro} Which of the following were among them?")
    out = []

    def make(rule: str, qtype: str, prompt: str, options: list[tuple[str, bool]]) -> None:
        question = DraftQuestion(
            rule, qtype, prompt, analysis, lead, quote, quote, options=options, stem_rule="lead-in"
        )
        question.items = [(s.start, s.end) for s in bullets.items]
        question.theme_text = " ".join(items)
        question.explanation = f"The source lists: {md_escape('; '.join(items))}."
        out.append(question)

    if len(pool) >= 2:
        answer = items[seed % len(items)]
        wrong = pool[:3]
        options = _placed([(answer, True)], [(w, False) for w in wrong], seed)
        make("list-member", "single_choice", member, options)
    if pool and not including:
        outsider = pool[seed % len(pool)]
        members = [items[(seed + k) % len(items)] for k in range(min(3, len(items)))]
        options = _placed([(outsider, True)], [(m, False) for m in members], seed // 7)
        make(
            "list-not-member",
            "single_choice",
            f"{intro} Which of the following was NOT one of them?",
            options,
        )
    if pool:
        extra = pool[: max(1, min(2, len(pool)))]
        options = sorted(
            [(i, True) for i in items] + [(e, False) for e in extra],
            key=lambda o: seed_of(str(seed), o[0]),
        )
        make(
            "list-select-all",
            "multiple_choice",
            f"{among} Select all that apply.",
            options,
        )
    return out


def _ends_on_verb(parsed: Any) -> bool:
    """The lead-in stops on its verb, the list being its object ("Online abuse includes:")."""
    words = [t for t in parsed if not t.is_punct]
    return bool(words) and words[-1].pos_ in ("VERB", "AUX") and words[-1].dep_ == "ROOT"


def _ends_on_including(parsed: Any) -> bool:
    """The lead-in stops on "including": the list names examples of what it has named."""
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].lower_ == "including"


def _placed(
    answer: list[tuple[str, bool]], others: list[tuple[str, bool]], seed: int
) -> list[tuple[str, bool]]:
    position = seed % (len(others) + 1)
    return others[:position] + answer + others[position:]
