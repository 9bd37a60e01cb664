"""Whose "we" is it? The author's first person, named.

An organisation's own report speaks in the first person plural: "In 2024 we answered
emergency requests within a median of 41 minutes", "Our hotline received 9,640 reports".
Lifted out of the text, the stem no longer says whose figure it is, and reads as a general
fact. When the document says who wrote it, the stem names that author instead
("In 2024 Threadline answered ...", "The Northbridge Hotline's hotline received ..."),
with the verb agreeing ("we are" -> "Threadline is", "we answer" -> "answers") and the
possessive following ("our" -> "Threadline's", or "its" once the name is in the stem).

Who wrote it, in order of how plainly the document says so:

1. a sentence that names itself the first person: "Threadline ('we', 'our') runs ...";
2. a sentence that says a name made this document: "This FAQ was put together by the
   Online Child Protection Team of Fernhill Constabulary ...", "The Central Targeting
   Office, which wrote this procedure, ...";
3. the metadata's publisher or author (front matter, the HTML head, DOCX core properties),
   when it is a body's proper name (never a person's): its first comma-separated part;
4. a body's name heading the title ("SafeSignal Trust - Impact Report 2025", "FENWICK
   OTTERS SWIMMING CLUB").

In a letter or a message of an e-mail thread, the sign-off after the sentence comes first:
"Kind regards, / DS Tomas Hrabal / Online Child Exploitation Team, National Child
Exploitation Unit (NCEU)" says whose "we" the message's "We ask for preservation for 90
days" is (``signed_body``): the first line under the signer's name that gives a body's
proper name (its last word a kind of body), its last such part, within the same message
(never past the next "From:" header, a quoted reply or a rule of dashes).

A name is shortened to the longest leading part the text itself uses ("Threadline Trust
and Safety" -> "Threadline", when the text says "Threadline").

Nothing else is guessed. With no author known, a singular first person ("I", "my": a
person speaks, not the body), an inclusive "our" ("our children", "our communities": the
nation's, not the author's), a first person inside quotation marks (someone else speaks),
"ours", or a verb whose form cannot be made to agree, the stem is left as it is and keeps its
"points back" reason, so it stays in the audit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from curriculum.draft import nlp
from curriculum.draft.clauses import md_escape
from curriculum.draft.cues import norm
from curriculum.draft.jurisdiction import no_article, proper_name
from curriculum.draft.publisher import speaking_for
from curriculum.draft.standalone import BODIES
from curriculum.draft.stemcheck import StemView

if TYPE_CHECKING:
    from curriculum.draft.analysis import Analysis
    from curriculum.draft.questions import DraftQuestion

PLURAL = frozenset({"we", "us", "our", "ourselves"})
SINGULAR = frozenset({"i", "me", "my", "mine", "myself", "ours"})
"""A person speaks ("I", "my"), or a possessive the name cannot stand for ("ours")."""
INCLUSIVE = frozenset({
    "child", "children", "country", "nation", "society", "community", "people", "citizen",
    "family", "youth", "population", "public", "neighbourhood", "neighborhood"})
"""What "our" owns when it means everyone's ("our children"), not the author's."""
_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "against", "de"})
MORE_BODIES = frozenset({"trust", "club", "police", "constabulary", "hotline", "inspectorate",
                          "partnership", "charity", "association", "society", "federation",
                          "union", "alliance", "coalition", "college", "university", "court",
                          "tribunal", "ombudsman", "commissioner", "helpline"})
"""Kinds of body a title may name besides ``standalone.BODIES``."""
_COMMON = frozenset({"house", "national", "regional", "joint", "central", "state", "city",
                     "county", "federal", "international", "european", "royal"})
"""First words of names that are no name alone ("House" of "House of Assembly")."""
_TEXTS = frozenset({"address", "speech", "remarks", "statement", "keynote", "report",
                    "review", "guide", "guidance", "summary", "briefing", "leaflet", "note",
                    "handbook", "manual", "brief", "paper", "transcript", "minutes"})
"""Last words of a title part that names the text, never a body ("KEYNOTE ADDRESS")."""
_IRREGULAR = {"are": "is", "have": "has", "do": "does", "were": "was", "go": "goes"}
_MAKE = frozenset({"write", "prepare", "produce", "publish", "compile", "issue", "put",
                   "draft", "develop", "author", "commission"})
"""Verbs that say who made a document ("This FAQ was put together by X")."""
_SELF_NAMED = re.compile(
    r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w&'-]*)*)\s*"
    r"\((?:hereafter\s+|hereinafter\s+|also\s+)?[\"'\u201c\u2018](?:we|us|our)[\"'\u201d\u2019]")


@dataclass(frozen=True)
class Author:
    """The body the document's "we" stands for."""

    name: str
    """As the text uses it: "Threadline", "Joint Inspectorate of Policing and Probation"."""
    article: bool
    """Whether the name takes "the" ("the Joint Inspectorate", not "the Threadline")."""
    where: str
    """Where the name came from, for the question's comment ("line 9", "the metadata")."""

    @property
    def stated(self) -> bool:
        """The text itself says it wrote this ("X ('we')", "This guide was prepared by
        X"): strong enough to say whose a rule is, where the title alone is not."""
        return self.where.startswith("line ")

    plural: bool = False
    """Several bodies: "Greyhaven Police, the Probation Service and HM Prison Greyhaven
    (together, 'we')": the verb stays plural and "our" becomes "their"."""

    def subject(self, capital: bool) -> str:
        if not self.article:
            return self.name[:1].upper() + self.name[1:] if capital else self.name
        return f"{'The' if capital else 'the'} {self.name}"


def author_of(analysis: Analysis) -> Author | None:
    """The document's author, read once per document (see the module docstring)."""
    if not analysis.author_read:
        analysis.author = (_self_named(analysis) or _maker(analysis)
                           or _interviewed(analysis) or _metadata(analysis)
                           or _titled(analysis))
        analysis.author_read = True
    return analysis.author


_TOGETHER = re.compile(
    r"\b(?:by|between|of)\s+(?P<names>[^.;:()\n]{3,160}?)\s*\((?:together|jointly|"
    r"collectively),?\s+[\"'\u201c\u2018]we[\"'\u201d\u2019]")


def _self_named(analysis: Analysis) -> Author | None:
    """ "Threadline ('we', 'our') ...": the text says in so many words who "we" is; "run
    jointly by A, B and C (together, 'we')": several bodies are."""
    doc = analysis.doc
    together = _TOGETHER.search(doc.text)
    if together is not None:
        names = together.group("names").strip()
        parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", names) if p.strip()]
        if len(parts) >= 2 and all(proper_name(re.sub(r"^the\s+", "", p)) for p in parts):
            line = doc.text.count("\n", 0, together.start()) + 1
            return Author(names, False, f"line {line}", plural=True)
    match = _SELF_NAMED.search(doc.text)
    if match is None or not proper_name(match.group("name")):
        return None
    name = re.sub(r"^The\s+", "", match.group("name"))
    article = name != match.group("name") or doc.text[: match.start()].endswith(("the ", "The "))
    return Author(name, article, f"line {doc.text.count(chr(10), 0, match.start()) + 1}")


def _maker(analysis: Analysis) -> Author | None:
    """ "This FAQ was put together by the ... Team of Fernhill Constabulary", "The Central
    Targeting Office, which wrote this procedure, ...": among the first sentences, one
    that says a name made "this" document."""
    for sentence in analysis.kept()[:8]:
        parsed = sentence.parsed
        if parsed is None:
            continue
        found = _passive_maker(parsed) or _relative_maker(parsed)
        if found is None:
            continue
        name, article = found
        body = speaking_for(name)  # "written by the Press Office of X": X speaks
        if body != name:
            name, article = body, not no_article(body)
        if proper_name(name):
            return Author(name, article, f"line {sentence.line}")
    return None


def _this_document(noun: Any) -> bool:
    return any(c.lower_ == "this" and c.dep_ == "det" for c in noun.children)


def _passive_maker(parsed: Any) -> tuple[str, bool] | None:
    """ "This FAQ was put together by <name>"."""
    root = parsed[:].root
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if subject is None or agent is None or root.lemma_.lower() not in _MAKE:
        return None
    if not _this_document(subject):
        return None
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ == "PERSON":
        return None
    words = [t for t in pobj.subtree if t.i > agent.i and t.dep_ not in ("det", "punct")]
    article = any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children)
    return parsed[words[0].i : words[-1].i + 1].text, article


def _relative_maker(parsed: Any) -> tuple[str, bool] | None:
    """ "<name>, which wrote this procedure, ...": a name whose relative clause made this
    document."""
    for clause in (t for t in parsed if t.dep_ == "relcl" and t.lemma_.lower() in _MAKE):
        made = next((c for c in clause.children if c.dep_ == "dobj"), None)
        name = clause.head
        if made is None or not _this_document(made) or name.pos_ != "PROPN":
            continue
        if name.ent_type_ == "PERSON":
            continue
        words = [t for t in name.subtree if t.i <= name.i and t.dep_ not in ("det", "punct")]
        article = any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)
        return parsed[words[0].i : name.i + 1].text, article
    return None


_INTERVIEW = re.compile(r"\binterview|\bQ\s*&\s*A\b|\bin conversation with\b", re.I)
_LEADS = re.compile(
    r"\b(?:head|director|chief|leader|commander|manager|founder|chair|coordinator|lead)\s+of\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'&-]*)*)"
    r"|\b(?:leads|has\s+led|led|heads|has\s+headed|headed|runs|has\s+run|directs|commands|"
    r"manages|chairs)\s+(?:the\s+)?(?P<b>[A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*"
    r"[A-Z][\w'&-]*)*)")


def _interviewed(analysis: Analysis) -> Author | None:
    """An interview without speaker labels: the answers' "we" is the interviewee's body,
    which the standfirst or the description names ("Interview with the head of the
    National Victim Identification Unit", "X has led the ... Unit since 2021"), not the
    magazine that publishes it nor the journalist in its metadata. Only when the document
    says it is an interview, and the name is a body's (its last word a kind of body)."""
    meta = analysis.doc.meta
    described = " ".join(f.value for f in meta.fields if norm(f.key) in ("description",
                                                                          "subtitle"))
    opening = [str(analysis.doc.text[s.start : s.end]) for s in analysis.kept()[:3]]
    head = " ".join([meta.title, described, str(analysis.doc.text[:1500])])
    if _INTERVIEW.search(head) is None:
        return None
    for text in (described, *opening):
        for match in _LEADS.finditer(text):
            name = match.group("a") or match.group("b") or ""
            words = name.split()
            if len(words) < 2 or words[-1].lower() not in _KINDS or not proper_name(name):
                continue
            return _author(analysis, name, "the interview's standfirst")
    return None


def _titled(analysis: Analysis) -> Author | None:
    """The body that heads the document's title ("SafeSignal Trust - Impact Report
    2025", "FENWICK OTTERS SWIMMING CLUB", "... | Threadline"): a part of the title
    between separators that is a body's proper name (its last word a kind of body, or
    an organisation to the parser), shortened to what the text calls it."""
    for title in _titles(analysis):
        parts = [p.strip() for p in re.split(r"\s+[-|\u2013\u2014]\s+|:\s+", title) if p.strip()]
        for part in (parts[0], parts[-1]) if parts else ():
            found = _titled_part(analysis, part)
            if found is not None:
                return found
    return None


def _titles(analysis: Analysis) -> list[str]:
    """The document's title, then its metadata's title field as written when that is
    longer and its site part is a body's help centre or press office: an HTML page's "Child
    Safety Policy | Kitestream Help Centre", whose site part the title drops
    (``frontmatter``) and whose page heading is the policy's name only. A site part that is
    a body's own name ("... | National Child Protection Agency") is not read: the page may
    be an appeal or a notice to the public, whose "we keep your details" is no rule an
    officer uses."""
    title = analysis.cleaned.title or analysis.doc.meta.title or ""
    written = next((f.value for f in analysis.doc.meta.fields if norm(f.key) == "title"), "")
    if not written or written == title or title not in written:
        return [title]
    site = written.split(" | ")[-1].strip()
    return [title, written] if speaking_for(site) not in ("", site) else [title]


def _titled_part(analysis: Analysis, part: str) -> Author | None:
    """The body a part of the title names (see ``_titled``), or None."""
    name = re.sub(r"\s*\([^)]*\)$", "", re.sub(r"^[Tt]he\s+", "", part))
    if name.isupper():
        name = " ".join(w.capitalize() if w.lower() not in _SMALL else w.lower()
                        for w in name.split())
    if not proper_name(name) or len(name.split()) > 8 or re.search(r"\d", name):
        return None
    if name.split()[-1].lower() in _TEXTS:
        return None  # "KEYNOTE ADDRESS", "Annual Report": the text itself, not its author
    if _company(analysis, name):  # the name the title leads with, as the text uses it
        return _author(analysis, name, "the document's title and head")
    parsed = nlp.parse([name])[0]
    office = speaking_for(name) not in ("", name)  # "Pebblecast Help Centre": a
    # body's publishing office, whose first word is the body's name however tagged
    if any(e.label_ == "PERSON" for e in parsed.ents) or (
            parsed[0].pos_ != "PROPN" and not office):
        return None  # "Inside the ... Unit": a headline about a body, not its name
    body = name.split()[-1].lower() in BODIES | MORE_BODIES or any(
        e.label_ == "ORG" and e.text == name for e in parsed.ents)
    if body and speaking_for(name):  # a help centre's page is its platform's
        return _author(analysis, _as_used(analysis, speaking_for(name)),
                       "the document's title")
    return None


_COMPANY = frozenset({"ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "corp",
                      "corporation", "co", "sa", "ag", "bv", "pty"})
"""Endings of a company's legal name ("Pinwheel Social Ltd")."""


def _company(analysis: Analysis, name: str) -> str:
    """ "Pinwheel: Guidelines for Law Enforcement", whose head says "Pinwheel Social Ltd
    (fictional) ...": a title's leading name is a body's when the head of the document
    (its first lines) gives that name as the start of a company's legal name; the
    company's legal name, or "". The stem then says "Pinwheel", as the title does."""
    text = str(analysis.doc.text[:600])
    for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"((?:\s+[A-Z][\w&'-]*){1,4})",
                             text):
        words = (name + match.group(1)).split()
        ends = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _COMPANY]
        if ends and ends[0] > 0:
            return " ".join(words[: ends[0] + 1])
    return ""


def _metadata(analysis: Analysis) -> Author | None:
    """The publisher or author of the metadata, when it is a body's proper name."""
    meta = analysis.doc.meta
    first = speaking_for(meta.publisher).split(",")[0].strip()
    first = re.sub(r"\s*\([^)]*\)$", "", re.sub(r"^[Tt]he\s+", "", first))
    if not proper_name(first) or any(e.label_ == "PERSON" for e in nlp.parse([first])[0].ents):
        return None
    return _author(analysis, _as_used(analysis, first), "the document's metadata")


def _as_used(analysis: Analysis, name: str) -> str:
    """The longest leading part of ``name`` the text itself uses as a name ("Threadline"
    of "Threadline Trust and Safety"); the whole name when the text uses no part of it."""
    words = name.split()
    body = _body(analysis)
    for size in range(len(words), 0, -1):
        part = " ".join(words[:size])
        if words[size - 1].lower() in ("of", "and", "for", "the", "on", "&"):
            continue
        if size == 1 and (part.lower() in BODIES | MORE_BODIES | _COMMON or re.search(
                r"(?<![\w-])" + re.escape(part.lower()) + r"(?![\w-])", body)):
            continue  # "House", "Police": a word of the language, not the body's name
        if size < len(words) and re.search(
                r"\b(?:of|in|for|across|throughout)\s+" + re.escape(part) + r"(?![\w'-])", body):
            continue  # "Ardlow" of "Ardlow Safeguarding Children Partnership", when the
            # text says "the Province of Ardlow": the place, not the body
        if re.search(r"(?<![\w-])" + re.escape(part) + r"(?![\w-])", body):
            return part
    return name


def _body(analysis: Analysis) -> str:
    """The document's text after its header (metadata lines name the author, not the
    text)."""
    doc = analysis.doc
    top = doc.meta.span[1] if doc.meta.span is not None else 0
    return str(doc.text[top:])


def _author(analysis: Analysis, name: str, where: str) -> Author:
    """The author, with "the" when the text writes it so in its sentences ("the Joint
    Inspectorate ..."), without when a sentence uses it bare ("Threadline is ...",
    "Fenwick Otters was founded"); a name only on a line of its own (a title, a heading)
    says nothing, and then a force ("Kestrel Valley Police") and a single word take none
    and other bodies do."""
    body = _body(analysis)
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    with_the = bare = 0
    for match in pattern.finditer(body):
        before = body[body.rfind("\n", 0, match.start()) + 1 : match.start()]
        after = body[match.end() : match.end() + 40].split("\n")[0]
        if re.search(r"\b[Tt]he\s+$", before):
            with_the += 1
        elif re.search(r"[:,;]\s*$", before):
            continue  # a label's value or an address ("Post: Law Reform Unit, Department
            # of ..."): no sentence says how the name is written there
        elif re.match(r"[\s,]+[a-z(]", after) or re.search(r"\w", before):
            bare += 1  # in a sentence, with no article
    if with_the or bare:
        article = with_the >= bare
    else:
        article = len(name.split()) > 1 and not no_article(name)
    return Author(name, article, where)


@dataclass
class _Edit:
    token: Any
    text: str


def speak_as(q: DraftQuestion) -> None:
    """Name the author for the first person plural of ``q``'s stem (the module
    docstring); leave the stem as it is when any first person cannot be named."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    view = StemView(parsed, q.sentence.start, q.pieces or ((q.sentence.start, q.sentence.end),))
    tokens = view.tokens()
    firsts = [t for t in tokens if t.tag_ in ("PRP", "PRP$") and t.lower_ in PLURAL | SINGULAR]
    if not firsts or any(t.lower_ in SINGULAR for t in firsts):
        return
    block = q.sentence.block
    turn = block.speaker if block is not None else ""
    author = speaker_body(q.analysis, turn) if turn else None
    if author is None:  # a message's sign-off, even under a header read as a turn
        author = signed_body(q.analysis, q.sentence.end)  # ("Subject: ..."), before the
        turn = "" if author is not None else turn  # document's author
    if author is None and not turn:
        author = author_of(q.analysis)
    if author is None or any(_quoted(t) or _in_key(q, view, t) for t in firsts):
        return
    edits = _edits(firsts, author)
    if edits is None:
        return
    prompt = _applied(q.prompt, edits)
    if prompt is None:
        return
    q.prompt = prompt
    q.speaker = author.name
    role = "the speaker's body" if turn else "the author"
    q.stem_rule += f', "{firsts[0].text}" named as {role} ({author.where})'


_KINDS = BODIES | MORE_BODIES
_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,6})$")


def speaker_body(analysis: Analysis, label: str) -> Author | None:
    """The body a speaker's "we" stands for, in a transcript or script (``cues.py``):
    only when the document's speaker key says whom the speaker works for ("Ruth
    Penhaligon, Director of Children's Services, Harnford Council (RP)", "DCI M =
    Detective Chief Inspector of the Harbour Unit"): its last comma-separated part, or
    what follows its last "of", that is a body's proper name (its last word a kind of
    body). A speaker the key does not place in a body, or no key, gives None: "we" may be
    the people in the room, a panel or another body, never guessed to be the document's
    author."""
    desc = analysis.cleaned.speakers.get(norm(label), "")
    for part in reversed([p.strip() for p in desc.split(",") if p.strip()]):
        found = _OF.search(part)
        for name in (found.group("name") if found else "", part):
            name = re.sub(r"^[Tt]he\s+", "", name)
            words = name.split()
            kind = words[-1].lower() if words else ""
            if len(words) < 2 or not (kind in _KINDS or kind.rstrip("s") in _KINDS):
                continue
            if proper_name(" ".join(words[:-1])):
                return _author(analysis, _as_used(analysis, name), f"the speaker key for {label}")
    return None


_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks)|yours\s+"
    r"(?:sincerely|faithfully|truly))[ \t]*,?[ \t]*$", re.I | re.M)
"""A sign-off on a line of its own ("Kind regards,"), not "Thanks to the officers who ..."."""
_MESSAGE_END = re.compile(r"^[ \t]*(?:From:|>|-{5,}|={5,}|_{5,})", re.M)
"""Where a message of a thread ends: the next header, a quoted reply, a rule."""
SIGNATURE_LINES = 4
"""Lines after the signer's name read for the body (title, unit, force, address)."""


def signed_body(analysis: Analysis, end: int) -> Author | None:
    """The body of the sign-off that closes the message holding the sentence ending at
    ``end`` (module docstring), or None: no sign-off in the same message, or no line of
    it that names a body."""
    text = str(analysis.doc.text)
    stop = _MESSAGE_END.search(text, end)
    limit = stop.start() if stop is not None else len(text)
    sign = _SIGN_OFF.search(text, end, limit)
    if sign is None:
        return None
    lines = text[sign.end() : limit].split("\n")[1:]
    lines = [line.strip() for line in lines[: SIGNATURE_LINES + 2]]
    for line in lines[1 : SIGNATURE_LINES + 1]:  # the first is the signer's name
        if not line or line.startswith("--"):
            break
        for part in reversed([p.strip() for p in re.split(r"[,|]", line) if p.strip()]):
            name = re.sub(r"\s*\([^)]*\)$", "", re.sub(r"^[Tt]he\s+", "", part))
            words = name.split()
            if len(words) < 2 or not proper_name(name) or re.search(r"\d", name):
                continue
            kind = words[-1].lower()
            if kind in _KINDS or kind.rstrip("s") in _KINDS:
                line_no = text.count("\n", 0, sign.end()) + 1  # a signature names a
                # unit whole, as a sentence would with "the" ("the ... Unit asks")
                return Author(_as_used(analysis, name), not no_article(kind),
                              f"line {line_no}")
    return None


def _quoted(token: Any) -> bool:
    """Inside quotation marks in its sentence: someone else speaks."""
    before: str = token.doc.text[: token.idx]
    return before.count('"') % 2 == 1


def _in_key(q: DraftQuestion, view: StemView, token: Any) -> bool:
    return token.i in {t.i for t in view.span_tokens(q.key)}


def _edits(firsts: list[Any], author: Author) -> list[_Edit] | None:
    """What each first-person word, and each verb it is the subject of, becomes."""
    edits: list[_Edit] = []
    named = False
    for token in firsts:
        low = token.lower_
        if low == "we" and token.dep_ in ("nsubj", "nsubjpass") and author.plural:
            edits.append(_Edit(token, author.subject(token.text[:1].isupper())))
        elif low == "we" and token.dep_ in ("nsubj", "nsubjpass"):
            capital = token.text[:1].isupper()
            # "When Pinwheel finds ..., it removes it": the name once, then "it"
            edits.append(_Edit(token, ("It" if capital else "it") if named
                               else author.subject(capital)))
            verbs = _agreeing(token)
            if verbs is None:
                return None
            edits += verbs
        elif low == "us" and token.dep_ in ("dobj", "pobj", "dative", "nsubj"):
            if token.dep_ == "pobj" and token.head.lower_ == "of" and (
                    token.head.head.lower_ in _PART_OF):
                return None  # "better than any of us": the people of the body, which
                # "any of the Unit" does not say
            edits.append(_Edit(token, author.subject(False)))
        elif low == "our" and author.plural:
            if not named:
                return None  # "A, B and C's data": no possessive of a list reads well
            edits.append(_Edit(token, "Their" if token.text[:1].isupper() else "their"))
        elif low == "our" and token.head.lemma_.lower() not in INCLUSIVE:
            capital = token.text[:1].isupper()
            own = ("Its" if capital else "its") if named else f"{author.subject(capital)}'s"
            edits.append(_Edit(token, own))
        elif low == "ourselves":
            edits.append(_Edit(token, "themselves" if author.plural else "itself"))
        else:
            return None
        named = True
    return sorted(edits, key=lambda e: e.token.i)


def _agreeing(subject: Any) -> list[_Edit] | None:
    """The finite verbs "we" is the subject of, in the third person singular: the verb's
    first auxiliary or the verb itself, and any verb joined to it that shares it."""
    head = subject.head
    verbs = [head]
    for verb in verbs:  # "remove it, disable the account and preserve ...": a chain of conj
        verbs += [c for c in verb.children if (c.dep_ == "conj" or _run_on(verb, c))
                  and c.pos_ in ("VERB", "AUX")
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    out = []
    for verb in verbs:
        finite = next((t for t in sorted([verb, *verb.children], key=lambda t: t.i)
                       if (t is verb or t.dep_ in ("aux", "auxpass")) and t.tag_ in (
                           "VBP", "VBD", "MD", "VBZ")), None)
        if finite is None and verb is not head and head.tag_ == "VBP" and verb.tag_ == "VB" and (
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            finite = verb  # "we remove it, disable the account and preserve ...": the
            # small model tags the joined present verbs as bare forms; they share "we"
        if finite is None:
            if verb is head:
                return None  # no finite verb to agree: leave the stem as it is
            continue
        if finite is verb and finite.tag_ == "VB":
            third = third_person(finite.text)
            if third is None:
                return None
            out.append(_Edit(finite, third))
            continue
        if finite.tag_ == "VBP":
            third = third_person(finite.text)
            if third is None:
                return None
            out.append(_Edit(finite, third))
        elif finite.lower_ == "were":
            out.append(_Edit(finite, "Was" if finite.text[:1].isupper() else "was"))
    return out


def _run_on(verb: Any, other: Any) -> bool:
    """ "We keep responses for two years, then delete them": the small model hangs the
    second verb as an unlabelled dependent ("dep"), a bare form after a comma; it shares
    "we" as a joined verb would."""
    return other.dep_ == "dep" and other.tag_ in ("VB", "VBP") and other.i > verb.i and any(
        t.text == "," for t in verb.doc[verb.i + 1 : other.i])


_PART_OF = frozenset({"any", "all", "each", "none", "some", "many", "most", "few", "both",
                      "one", "several", "either", "neither"})
"""Words that take part of a group ("any of us"): people, not the body as a whole."""


def third_person(verb: str) -> str | None:
    """ "answer" -> "answers", "are" -> "is", "carry" -> "carries"; None for a contraction."""
    low = verb.lower()
    if not low.isalpha():
        return None
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _applied(prompt: str, edits: list[_Edit]) -> str | None:
    """The prompt with each edited word replaced, found in order (a cursor moves on)."""
    out, cursor = [], 0
    for edit in edits:
        pattern = re.compile(r"(?<![\w'-])" + re.escape(edit.token.text) + r"(?![\w'-])")
        match = pattern.search(prompt, cursor)
        if match is None:
            return None
        before = prompt[cursor : match.start()]
        out += [_set_off(before, edit.text), md_escape(edit.text)]
        cursor = match.end()
    return "".join(out) + prompt[cursor:]


def _set_off(before: str, name: str) -> str:
    """``before`` with a comma after its last words when they are also the name's first
    words: "So, in Harrow Vale we had ..." becomes "So, in Harrow Vale, Harrow Vale Police
    had ...", never "in Harrow Vale Harrow Vale Police had" (read as one name said twice)."""
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    stripped = before.rstrip()
    if stripped == before:  # no space before the name: nothing said before it
        return before
    for k in range(len(words), 0, -1):
        lead = r"\s+".join(re.escape(w) for w in words[:k])
        if re.search(r"(?<![\w'-])" + lead + r"$", stripped, re.I):
            return stripped + "," + before[len(stripped):]
    return before
