"""Which body "the Committee" is: the document's issuer, unless the text may mean another.

A body's own document calls it by its kind: "The Committee notes ...", "the Authority
will ...". The nearest earlier name of the kind (``referents.earlier_name``) says which
unit "the unit" of a police report is, but not which committee "the Committee" of a
committee's own text is: a general comment by a committee of experts that cites "the
United Nations Committee on the Rights of the Child" once still calls *itself* "the
Committee" after it, and a stem that shows the cited body as the subject attributes the
issuer's words to another body, a wrong key (blind review 18, a general comment).

The issuer of a kind is the body the document comes from whose name that kind heads
(its last word, or its first before "of", "on" or "for"): the author ``author.py``
reads, else a line of the document's head that is such a body's name alone (a
masthead), else a part of the title, else the metadata's publisher or author. For a bare
"the <kind>" of a stem, with such an issuer:

- no other body of the kind named before the sentence: the issuer;
- another one named before it (a rival): the issuer when the sentence speaks in the
  document's own voice (the phrase's clause in the present, a modal or the present
  perfect: "notes", "considers", "has observed", "should report to"; not reported under a
  past verb, not quoted, and no rival named earlier in the sentence); otherwise nothing
  decides, and the candidate stays out of the module with the reason ("'the Committee'
  could be X or Y").

A rival's name never names the phrase (``rival``), even where the issuer is not shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from curriculum.draft.author import MORE_BODIES, author_of
from curriculum.draft.jurisdiction import no_article
from curriculum.draft.standalone import BODIES

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis

_SMALL = frozenset({"of", "on", "for", "and", "the", "in", "to", "against", "de", "&"})
_OPENERS = frozenset({"of", "on", "for"})
HEAD = 1500
"""How much of the text (after its metadata) is its head: the masthead lines."""
_PRESENT = frozenset({"VBZ", "VBP", "MD"})
_REFERENCE = re.compile(r"(?:\b(?:the|this|that|its|their|our|such)\s+)$", re.I)
_RUN_WORD = r"[A-Z][\w'&\u2019-]*"
_SP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
"""Space inside a name: a name may wrap to the next line, never across a blank line."""
_NAME_BEFORE = re.compile(
    r"(?:" + _RUN_WORD + r"[ \t]+(?:(?:of|for|on|and|the|de)[ \t]+)*)*" + _RUN_WORD + r"[ \t]+$")
_NAME_AFTER = re.compile(
    _SP + r"(?:of|on|for)" + _SP + r"(?:the" + _SP + r")?" + _RUN_WORD
    + r"(?:" + _SP + r"(?:(?:of|on|for|and|the|in|to|against|de|&)" + _SP + r")*" + _RUN_WORD
    + r")*")


@dataclass(frozen=True)
class Issuer:
    """The body the document comes from, as a stem shows it."""

    name: str
    article: bool
    forms: tuple[str, ...]
    """Every name the document gives it (author, masthead, title, metadata)."""


def heads(name: str, kind: str) -> bool:
    """ "Verrand Committee", "Committee of Experts on the Rights and Welfare of the Child":
    ``kind``, a kind of body, heads the name: its word before the first "of", "on" or
    "for", or its last word when it has none ("Child" heads no committee's name)."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    kind = kind.lower()
    if len(words) < 2 or kind not in BODIES | MORE_BODIES:
        return False
    cut = next((i for i, w in enumerate(words) if w.lower() in _OPENERS), len(words))
    return cut > 0 and words[cut - 1].lower() == kind


def body_name(text: str) -> bool:
    """A name and nothing else: two to sixteen words, every one capitalised but the small
    ones, no figure (a long official name, "Committee of Experts on the Rights and
    Welfare of the Child", is still one)."""
    words = text.split()
    return 2 <= len(words) <= 16 and words[0][:1].isupper() and not re.search(r"\d", text) and all(
        w[:1].isupper() or w.lower() in _SMALL for w in words)


def issuer_of(analysis: Analysis, kind: str) -> Issuer | None:
    """The document's issuer whose name ``kind`` heads (see the module docstring)."""
    cache: dict[str, Issuer | None] = analysis.__dict__.setdefault("_issuers", {})
    if kind.lower() not in cache:
        cache[kind.lower()] = _issuer(analysis, kind.lower())
    return cache[kind.lower()]


def _issuer(analysis: Analysis, kind: str) -> Issuer | None:
    forms = [n for n in (*_mastheads(analysis), *_title_parts(analysis), _published(analysis))
             if n and heads(n, kind)]
    author = author_of(analysis)
    if author is not None and not author.plural and heads(author.name, kind):
        forms.insert(0, author.name)
        article = author.article
    elif forms:
        article = not no_article(forms[0])
    else:
        return None
    return Issuer(forms[0], article, tuple(dict.fromkeys(forms)))


def _mastheads(analysis: Analysis) -> list[str]:
    """Lines of the document's head that are a body's name alone ("## Committee of Experts
    on the Rights and Welfare of the Child")."""
    doc = analysis.doc
    top = doc.meta.span[1] if doc.meta.span is not None else 0
    out = []
    for line in str(doc.text[top : top + HEAD]).split("\n"):
        if ":" in line or "|" in line:
            continue  # "To: Eastmarch Scrutiny Committee": a label's value, not the masthead
        name = re.sub(r"^[#*_\s]+|[*_\s]+$", "", line)
        name = re.sub(r"^[Tt]he\s+", "", name)
        if body_name(name):
            out.append(name)
    return out


def _title_parts(analysis: Analysis) -> list[str]:
    title = analysis.cleaned.title or analysis.doc.meta.title or ""
    parts = [p.strip() for p in re.split(r"\s+[-|\u2013\u2014]\s+|:\s+", title)]
    return [re.sub(r"^[Tt]he\s+", "", p) for p in parts if body_name(re.sub(r"^[Tt]he\s+", "", p))]


def _published(analysis: Analysis) -> str:
    first = analysis.doc.meta.publisher.split(",")[0].strip()
    first = re.sub(r"\s*\([^)]*\)$", "", re.sub(r"^[Tt]he\s+", "", first))
    return first if body_name(first) else ""


def same_body(name: str, issuer: Issuer) -> bool:
    """Whether ``name`` is one of the issuer's names, or a part of one ("Committee of
    Experts"), or one of them is a part of it."""
    return any(_part_of(name, form) or _part_of(form, name) for form in issuer.forms)


def _part_of(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` or a run of its words."""
    key = " ".join(re.sub(r"^[Tt]he\s+", "", name).lower().split())
    return f" {key} " in f" {' '.join(other.lower().split())} "


def rivals(analysis: Analysis, before: int, kind: str, issuer: Issuer) -> dict[str, int]:
    """The names of other bodies of ``kind`` the text gives before ``before`` (after its
    metadata), in the order first named, each with where it was last named: "United
    Nations Committee on the Rights of the Child", "Lanzarote Committee"."""
    doc = analysis.doc
    text = str(doc.text)
    top = doc.meta.span[1] if doc.meta.span is not None else 0
    word = kind[:1].upper() + kind[1:].lower()
    out: dict[str, int] = {}
    for match in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text[:before]):
        if match.start() < top:
            continue
        lead = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        run = _NAME_BEFORE.search(lead)
        if run is not None and len(run.group(0).split()) < 2 and _sentence_start(
                lead[: run.start()]):
            run = None  # "Committee members ...": a sentence's first word, no name
        after = _NAME_AFTER.match(text, match.end())
        if run is None and (after is None or _REFERENCE.search(lead)):
            continue  # "the Committee", "Committee's": a reference, not a name
        name = (run.group(0) if run else "") + word + (after.group(0) if after else "")
        name = re.sub(r"^(?:The|A|An)\s+", "", " ".join(name.split()))
        if body_name(name) and not same_body(name, issuer):
            out[name] = match.start()
    return out


_BARE = frozenset({"the", "this", "that", "its", "our", "their", "such", "same"})


def described(analysis: Analysis, before: int, kind: str, issuer: Issuer) -> dict[str, int]:
    """Lowercase mentions of ``kind`` before ``before`` that say which one by a word of
    their own ("the Management of Sexual or Violent Offenders (MOSOVO) unit", "a
    specialist unit"): other things of the kind a lowercase "the unit" may go on about.
    Each is shown by its last few words."""
    text = str(analysis.doc.text)
    top = analysis.doc.meta.span[1] if analysis.doc.meta.span is not None else 0
    out: dict[str, int] = {}
    for match in re.finditer(r"(?<![\w-])" + re.escape(kind.lower()) + r"(?![\w-])",
                             text[top:before]):
        at = top + match.start()
        words = text[text.rfind("\n", 0, at) + 1 : at].split()[-4:]
        if not words or words[-1].lower().strip("(\"'\u201c") in _BARE:
            continue
        while len(words) > 1 and words[0].lower() in _SMALL | {"or", "a", "an"}:
            words = words[1:]  # "or Violent Offenders (MOSOVO) unit": from a word of its own
        name = " ".join([*words, kind.lower()])
        if not same_body(name, issuer):
            out[name] = at
    return out


def settled(analysis: Analysis, before: int, head: Any, issuer: Issuer,
            nearest: dict[str, int]) -> list[str]:
    """[] when the issuer is the one the bare "the <kind>" (``head``, in the sentence that
    starts at ``before``) names; else the rivals that leave it in doubt: named before the
    sentence (with ``nearest``, the name ``referents.earlier_name`` reads for the phrase,
    when it is another body's: "the Management of Sexual or Violent Offenders (MOSOVO)
    unit" just before "the unit" of a letter from an Information Rights Unit), and the
    sentence not in the document's own voice, or the kind not written as a name ("the
    unit" goes on about the unit just named as readily as about the issuer), or one named
    just before it or in its section's heading (``_nearby``), whose talk the sentence may
    go on with."""
    named = rivals(analysis, before, head.text, issuer)
    if not head.text[:1].isupper():
        named.update(described(analysis, before, head.text, issuer))
    for name, at in nearest.items():
        if not any(_part_of(name, other) for other in named):  # "United Nations
            named[name] = at  # Committee" of "... Committee on the Rights of the Child"
    if not named:
        return []
    if head.text[:1].isupper() and own_voice(head, list(named)) and not any(
            _nearby(analysis, at, before) for at in named.values()):
        return []
    return list(named)


def _nearby(analysis: Analysis, at: int, before: int) -> bool:
    """Whether a name at ``at`` is in the paragraph of the sentence starting at
    ``before``, in the sentence before it, or in the heading of its section ("## The
    Digital Forensics Unit" over "The Unit has 12 examiners")."""
    text = str(analysis.doc.text)
    if any(note.start <= at < note.end for note in analysis.doc.footnotes):
        return False  # a note is read where its marker is, not where the page put it
    if "\n\n" not in text[at:before]:
        return True
    earlier = [s.start for s in analysis.kept() if s.end <= before]
    if earlier and max(earlier) <= at:
        return True
    headings = [m.start() for m in re.finditer(r"^#", text[:before], re.M)]
    headings += [h for h in analysis.doc.heading_starts if h < before]
    if not headings:
        return False
    last = max(headings)  # the heading of the sentence's section names the rival
    end = text.find("\n", last)
    return last <= at < (end if end >= 0 else len(text))


def _sentence_start(lead: str) -> bool:
    lead = re.sub(r"(?:\d{1,3}[.)]|[-*#]+)\s*$", "", lead.rstrip()).rstrip()
    return not lead or lead[-1] in ".!?:"


def own_voice(head: Any, rival_names: list[str]) -> bool:
    """The phrase's clause speaks in the document's own present: its verb in the present,
    a modal or the present perfect, no verb above it in the past (reported speech), and
    no rival named in the sentence before the phrase ("Since the United Nations
    Committee adopted ..., the Committee ...")."""
    sentence = head.doc.text[: head.idx]
    if any(name in sentence for name in rival_names):
        return False
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not _present(verb):
        return False
    above = verb
    while above.head.i != above.i:
        above = above.head
        if above.pos_ in ("VERB", "AUX") and _past(above):
            return False
    return True


def _present(verb: Any) -> bool:
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "VBD" for c in helpers) or (verb.tag_ == "VBD" and not helpers):
        return False
    return verb.tag_ in _PRESENT or any(c.tag_ in _PRESENT for c in helpers)


def _past(verb: Any) -> bool:
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ == "VBD" for c in helpers) or (verb.tag_ == "VBD" and not helpers)


def rival(analysis: Analysis, kind: str, name: str) -> bool:
    """Whether ``name`` (the nearest earlier name of ``kind``) is another body than the
    document's issuer of that kind: it never names the issuer's "the <kind>"."""
    issuer = issuer_of(analysis, kind)
    return issuer is not None and not same_body(name, issuer)


def doubt(kind_phrase: str, issuer: Issuer, rival_names: list[str]) -> str:
    """The audit's reason for a phrase that nothing decides."""
    others = " or ".join(f'"{n}"' for n in rival_names[:2])
    return (f'"{kind_phrase}" could be the issuer, "{issuer.name}", or {others} (named '
            "before it); the sentence does not say which")
