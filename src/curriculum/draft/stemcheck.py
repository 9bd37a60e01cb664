"""Is a stem a self-contained sentence, and is its blank a whole unit? Read from the parse.

The checks behind the fatal reasons and the "points back" penalties of ``scoring.py``:
a subject with a finite verb (by dependencies), no cut mid-clause, balanced brackets, no
heading fused in front, one sentence only; no pronoun, demonstrative or bare "the X" whose
referent the stem does not show; a blank that is a whole name, a whole term, a real place,
and not one item of a list whose other items are equally true.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from curriculum.draft.bounds import only_if_condition
from curriculum.draft.clauses import INSTRUCTION, SEMICOLON
from curriculum.draft.ellipsis import elided_head
from curriculum.draft.facts import person_word
from curriculum.draft.finite import finite_verb, named_past
from curriculum.draft.generic import rule_sentence
from curriculum.draft.leadins import closed_end
from curriculum.draft.pointer import Pointer
from curriculum.draft.quantified import counted_part, quantified
from curriculum.draft.referents import GENERIC, definite_phrases, points_after
from curriculum.draft.standalone import (
    bare_event,
    connectives,
    event_subject,
    first_person,
    kind_name,
    members_of,
    relational,
    undertaking,
)

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion

BASE = 0.75
HELD = 0.45
"""The most a candidate not worth asking can score: below ``scoring.FLOOR``, well under
the threshold, so no module takes it."""
Span = tuple[int, int]


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string, as a set (the modules' vocabularies)."""
    return frozenset(text.split())


def names_something(tokens: Iterable[Any]) -> bool:
    """ "Article 23", "section 12", "Recommendation 7", "Room 4": every number hangs on a
    noun before it, so it names that thing (a reference to a provision, a label); it counts
    nothing, and is never asked as a figure."""
    numbers = [t for t in tokens if t.like_num or t.pos_ == "NUM"]
    return bool(numbers) and all(n.head.i < n.i and n.head.pos_ in ("NOUN", "PROPN")
                                 for n in numbers)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CORE = frozenset(
    {"dobj", "pobj", "attr", "acomp", "oprd", "pcomp", "dative", "agent", "aux", "auxpass",
     "neg", "prt", "xcomp", "nsubj", "nsubjpass"}
)
_OPEN_END = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"})
_DEMONSTRATIVE = frozenset({"this", "these", "that", "those", "such"})
_POINTING = frozenset({"one", "another", "both", "each", "either", "neither", "former", "latter"})
_FUNCTION = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART"})
_HEADING_JOIN = frozenset({"the", "a", "an", "this", "it", "we", "our", "in", "on", "at", "its"})
_NORMATIVE = frozenset({"must", "shall", "should", "may", "not", "required", "recommended",
                        "optional"})
"""Requirement words a standard writes in capitals ("An agency MUST delete ...", after RFC
2119): a word of the sentence, never the first word of a heading fused in front of it (a
heading word is capitalised, not written all in capitals as a keyword)."""
_NOT_PLACES = frozenset({"member states", "member state", "states", "parties", "state parties"})


@dataclass
class Score:
    """A candidate's score (0 to 1) and the reasons that made it, in the order found."""

    value: float = BASE
    reasons: list[str] = field(default_factory=list)
    fatal: bool = False
    held: bool = False
    evidence: str = ""
    """What makes the candidate worth asking (``evidence.py``), "" when nothing does."""

    def add(self, delta: float, reason: str) -> None:
        self.value = round(self.value + delta, 3)
        self.reasons.append(f"{delta:+.2f} {reason}")

    def kill(self, reason: str) -> None:
        self.fatal = True
        self.reasons.append(f"fatal: {reason}")

    def hold(self, reason: str) -> None:
        """Not worth asking: whatever else it scores, it stays at or below ``HELD``. An
        empty ``reason`` holds without a new line (another reason already says why)."""
        self.held = True
        if reason:
            self.reasons.append(f"not worth asking: {reason}")

    @property
    def final(self) -> float:
        top = HELD if self.held else 1.0
        return 0.0 if self.fatal else max(0.0, min(top, self.value))

    def summary(self) -> str:
        return f"score {self.final:.2f}" + (f": {'; '.join(self.reasons)}" if self.reasons else "")


class StemView:
    """The parsed sentence and the stretches of it the stem shows (file offsets)."""

    def __init__(self, doc: Any, base: int, pieces: Iterable[Span]) -> None:
        self.doc = doc
        self.base = base
        self.pieces = [(s - base, e - base) for s, e in pieces]
        self._tokens: list[Any] | None = None

    def inside(self, token: Any) -> bool:
        return any(s <= token.idx and token.idx + len(token.text) <= e for s, e in self.pieces)

    def tokens(self) -> list[Any]:
        """The stem's tokens, found once per view (every check asks for them)."""
        if self._tokens is None:
            self._tokens = [t for t in self.doc if self.inside(t) and not t.is_space]
        return list(self._tokens)

    def span_tokens(self, span: Span) -> list[Any]:
        s, e = span[0] - self.base, span[1] - self.base
        return [t for t in self.doc if s <= t.idx < e and not t.is_space]


def _citation_label(tokens: list[Any]) -> str:
    """A note's source in front of its text ("NCMEC, CyberTipline pages: US providers must
    ..."; "Hanson 2004, p. 12: ..."): words with a comma or a number and no verb, then a
    colon, within the first ten words."""
    for n, token in enumerate(tokens[:10]):
        if token.text != ":":
            continue
        label = tokens[:n]
        if len(label) >= 2 and not any(t.pos_ in ("VERB", "AUX") for t in label) and any(
                t.text == "," or t.like_num for t in label):
            return " ".join(t.text for t in label).replace(" ,", ",")
        return ""
    return ""


_LABEL_ENDS = frozenset({":", "-", "\u2013", "\u2014"})
"""What ends a run-in label: a colon, or a dash with a space either side."""
_QUOTES = frozenset({"\"", "\u201c", "("})
_PLACES = frozenset({"GPE", "LOC", "NORP"})
"""Entities of a country or a region: a label that names one scopes the sentence."""


def fused_label(tokens: list[Any]) -> str:
    """A run-in label read as the sentence's first words ("Hash matching: uploaded images
    are compared ...", "Access review - accounts ... are suspended", "Retention: records are
    kept ..."), as a changelog, an outliner, a form or a release note names a line: one to
    eight words with no verb and no clause of their own, then a colon or a spaced dash, and
    after it the whole sentence (its main verb, finite, and that verb's subject). Read as
    part of the sentence, the label is its subject or a noun hung on nothing (blind review
    24: "As of November 2026, faster reporting: reports are routed ..."). A phrase in front
    ("In practice: ...", "Under the Act: ...") and a parenthesis between dashes are no
    label, and one that names a country or a region says where the sentence holds; ""
    when there is none."""
    words = [t for t in tokens if not t.is_space]
    cut = next((n for n, t in enumerate(words[:9]) if t.text in _LABEL_ENDS), None)
    if cut is None or cut == 0 or cut + 2 >= len(words):
        return ""
    sep, label, rest = words[cut], words[:cut], words[cut + 1:]
    doc = sep.doc
    spaced = sep.idx > 0 and doc.text[sep.idx - 1].isspace() and sep.whitespace_ != ""
    if sep.text != ":" and (not spaced or any(t.text == sep.text for t in rest)):
        return ""  # "well-known", or a parenthesis between two dashes
    if label[0].pos_ in ("ADP", "SCONJ", "ADV", "PRON") or any(
            (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN")) or t.tag_ in _FINITE
            for t in label):
        return ""
    if not any(t.is_alpha for t in label) or any(t.text in _QUOTES for t in label):
        return ""
    if any(t.ent_type_ in _PLACES for t in label):
        return ""  # "United States: under International Megan's Law, registrants must ...",
        # "US providers: preservation ... is for 90 days": the label says where the rule
        # holds, as "In the United States," would (kept in blind reviews 16 and 23)
    inside = {t.i for t in rest}
    root = next((t for t in rest if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    if root is None or not finite_verb(root):
        return ""
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    whole = any(c.i in inside or any(t.dep_ == "appos" and t.head.i == c.i for t in rest)
                for c in subjects)  # "Hash matching: uploaded images are ...": the parser
    # made the label the subject, the sentence's own subject its apposition (or a second
    # subject of the same verb)
    if not whole:
        return ""
    return " ".join(t.text for t in label) + (":" if sep.text == ":" else f" {sep.text}")


def _finite(verb: Any, view: StemView) -> bool:
    if verb.tag_ in _FINITE:
        return True
    if verb.dep_ == "ROOT" and verb.tag_ == "VBN" and verb.i > 0:
        return not view.doc[verb.i - 1].is_punct  # a past tense the tagger missed, unless
        # it follows a comma (", adopted in Palermo", a participle phrase)
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE and view.inside(c)
               for c in verb.children)


def grammar(view: StemView, q: DraftQuestion, result: Score) -> None:
    tokens = view.tokens()
    if not tokens:
        result.kill("empty stem")
        return
    clause = any(
        t.dep_ in _SUBJECTS and view.inside(t.head) and _finite(t.head, view) for t in tokens
    ) or any(
        t.dep_ == "relcl" and _finite(t, view) and q.stem_rule.startswith("relative")
        for t in tokens
    )
    clause = clause or (view.inside(view.doc[:].root) and named_past(view.doc))
    led = q.carried is not None and q.carried.supplies  # "the officer must" + the item
    instruction = _instruction(q, view)
    if not clause and not led and not instruction:
        result.kill("no subject with a finite verb (not a sentence)")
    last = tokens[-1] if not tokens[-1].is_punct else (tokens[-2] if len(tokens) > 1 else None)
    if not _trimmed(q):
        last = None  # the source's own sentence end
    if last is not None and last.pos_ in _OPEN_END and not q.items:
        result.kill(f'ends mid-clause ("{last.text}")')
    elif last is not None and last.tag_ == "VB" and view.doc[last.i - 1].lower_ == "to":
        result.kill(f'ends mid-clause ("to {last.text}")')
    if not q.items and _two_sentences(q.stem):
        result.kill("two sentences in one stem")
    cut = _open_lead(q)
    if cut:
        result.kill(f'a lead-in cut mid-clause ("{cut}"): its list\'s items finish the sentence')
    for token in tokens:
        for child in token.children:
            if child.dep_ in _CORE and not view.inside(child) and not _shown_below(child, view):
                if child.tag_ in ("WDT", "WP") or child.is_punct or _has_other(token, child, view):
                    continue
                result.kill(f'ends mid-clause: "{token.text}" lacks its "{child.text}"')
                return
    joiner = _open_joiner(tokens, view)
    if joiner:
        result.kill(f'ends mid-clause: "{joiner}" joins something the stem left out')
        return
    cited = _citation_label(tokens)
    if cited:
        result.kill(f'a citation fused in front ("{cited}:"): the source of a note, not '
                    "part of the sentence")
        return
    label = fused_label(tokens)
    if label:
        result.kill(f'a label fused in front ("{label}"): the name a bullet or a line gives '
                    "its sentence, not part of it")
        return
    for token in tokens[1:7]:
        prev = view.doc[token.i - 1]
        function_word = (token.lower_ in _HEADING_JOIN or token.pos_ in _FUNCTION) and (
            token.is_alpha)  # a reference ("NB/02", "JK/3") the tagger took for a pronoun
        normative = token.text.isupper() and token.lower_ in _NORMATIVE
        if (token.text[:1].isupper() and function_word and not prev.is_punct and token.i > 0
                and not normative and not _in_title_name(token, prev)
                and not _first_person(token, prev)):
            result.kill(f'a heading fused into the sentence ("{prev.text} {token.text}")')
            return
    top = _stem_root(tokens, view)
    if (top is not None and not q.stem_rule.startswith("relative") and not led
            and not instruction and not _has_subject(top, view)):
        result.kill(f'the main clause ("{top.text} ...") has no subject in the stem: an '
                    "instruction, or a clause cut from its subject")
    if q.prompt.count(": ") >= 2:
        result.kill("a run of labels and values, not a sentence")
    if not result.fatal and not (led and q.sentence.joined):  # lead-in and item were
        whole_clause(view, q, result)  # judged one sentence, parsed together (``leadins``)


def _open_joiner(tokens: list[Any], view: StemView) -> str:
    """A coordinating word kept in the stem whose second conjunct was cut away ("ROMU
    assesses each notice within 5 working days and, where the risk warrants it." from
    "... and, where the risk warrants it, asks the NCB to ..."): the stem stops inside the
    coordination. "" when every "and" or "or" in the stem has what it joins."""
    for token in tokens:
        if token.dep_ != "cc" or token.lower_ not in ("and", "or", "but", "nor"):
            continue
        after = [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i]
        if after and not any(view.inside(c) for c in after):
            return str(token.text)
    return ""


def _open_lead(q: DraftQuestion) -> str:
    """The last words of a lead-in that stops mid-clause ("notify the officer of -"), when
    the stem runs into its open end (``leadins.closed_end``); "" otherwise."""
    sentence = q.sentence
    if q.items:
        return ""
    closed = closed_end(q.analysis.doc, (sentence.start, sentence.end), sentence.parsed)
    end = max((e for _, e in q.pieces), default=sentence.end)
    if closed is None or end <= closed:
        return ""
    return " ".join(q.analysis.doc.display(sentence.start, sentence.end).split()[-3:])


def _in_title_name(token: Any, prev: Any) -> bool:
    """A capitalised function word that belongs to a title-case name ("the Group on Crimes
    Against Children", "the Ministry Of Justice And Community Safety"), not a sentence's
    first word after a heading: the entity recogniser runs the name on through it from the
    word before, or it is a preposition or "and" between two capitalised words of a proper
    noun ("Against" hangs on "Crimes" and goes on to "Children"). A heading's last word is
    rarely a proper noun, and a sentence's first word ("The", "In") starts an entity or
    none; so "Background The officer ..." and "Overview In England ..." are still fused."""
    if token.ent_iob_ == "I" and prev.ent_iob_ in ("B", "I"):
        return True
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.pos_ in ("ADP", "CCONJ") and prev.pos_ == "PROPN" and after is not None
            and after.text[:1].isupper() and after.pos_ not in _FUNCTION
            and token.head.i < token.i and token.head.pos_ == "PROPN")


def _first_person(token: Any, prev: Any) -> bool:
    """ "I" is written with a capital anywhere in a sentence: after a reference or a
    lower-case word ("On NB/02 I recovered ...", "Last year I ...") it is no sentence's
    first word. After a capitalised word alone ("Introduction I was asked ...") it still
    may be."""
    return token.text == "I" and not (prev.text[:1].isupper() and prev.text.isalpha())


def _instruction(q: DraftQuestion, view: StemView) -> bool:
    """An instruction judged as guidance (``guidance.py``: "Do not ...", "Call ..." in a
    text that speaks to its reader), shown from its own verb: a sentence addressed to
    the learner, with no subject by design."""
    if not q.sentence.instruction and not q.sentence.proposal:
        return False  # a proposal is an instruction too, held back for what it is (own.py)
    root = next((t for t in view.doc if t.dep_ == "ROOT"), None)
    return root is not None and view.inside(root)


_PIECED = ("list item", "relative", "glossary", "lead-in", "comparison dropped")
"""Stem rules that join stretches of a sentence on purpose (a lead and one item, a noun
and its promoted clause, "Under X," and the rule X "went further" with: ``frames.py``):
their pieces are not one clause cut from the parse."""


def whole_clause(view: StemView, q: DraftQuestion, result: Score) -> None:
    """The stem is the sentence's main clause, whole. A fragment: a trimmed stem whose
    words hang from a word it cut ("The X study of 2018, which analysed ..." without its
    "was"; "reported that, of the 25,000 children" without the verb of "that"); a main
    clause headed by a noun, its only verb in a relative clause; a sentence that ends on a
    preposition with no object ("can be prosecuted at.")."""
    if q.items or q.stem_rule.startswith(_PIECED):
        return
    tokens = [t for t in view.tokens() if not t.is_punct]
    if not tokens:
        return
    joined = q.stem_rule.startswith((SEMICOLON, INSTRUCTION))  # its verb hangs from the
    # other clause's
    if _trimmed(q) or len(view.pieces) > 1:
        aside = ASIDES in q.stem_rule
        named = set() if not q.stem_rule.startswith(INSTRUCTION) or len(view.pieces) < 2 else {
            t.i for t in tokens if view.pieces[0][0] <= t.idx < view.pieces[0][1]}
        cut = next((t for t in tokens if t.head.i != t.i and not view.inside(t.head)
                    and not (joined and t.pos_ in ("VERB", "AUX")) and t.i not in named
                    and not (aside and _in_gap(view, t.head))), None)
        if cut is not None:
            result.kill(f'cut inside a clause: "{cut.text}" belongs to "{cut.head.text}", '
                        "which the stem leaves out")
            return
    root = next((t for t in tokens if t.head.i == t.i), None)
    if root is None:  # the sentence's root left out: the stem's own top words head it
        tops = [t for t in tokens if not view.inside(t.head)]
        if tops and all(t.pos_ in ("NOUN", "PROPN", "NUM") for t in tops):
            root = tops[0]  # "The date the child was identified, the route ... and
            # whether ...": the objects of "they record", its subject and verb dropped
            # with the phrase in front (blind review 24a)
    if (root is not None and root.pos_ in ("NOUN", "PROPN", "NUM") and not _stray_verb(tokens)
            and not named_past(view.doc)):
        result.kill(f'the main clause has no verb ("{root.text}" heads it): only a relative '
                    "or subordinate clause has one")
        return
    last = tokens[-1]
    if last.pos_ == "ADP" and last.dep_ == "prep" and not list(last.children) and _main(last):
        result.kill(f'ends on "{last.text}" with nothing after it (a cut sentence)')


def _stray_verb(tokens: list[Any]) -> bool:
    """A finite verb with no subject of its own: the main verb the parser hung elsewhere
    ("offenders who fail to notify a journey face up to five years": "face" read as a
    modifier of "journey"), so a noun at the root is no proof of a missing verb."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in _SUBJECTS for c in t.children) and t.dep_ not in ("conj", "aux", "auxpass")
        for t in tokens)


def _main(token: Any) -> bool:
    """The word hangs in the main clause, not in a relative one ("the court it went to")."""
    return not any(a.dep_ in ("relcl", "acl", "pcomp") for a in token.ancestors)


def _stem_root(tokens: list[Any], view: StemView) -> Any:
    """The stem's own main word: the first token whose head the stem does not show."""
    for token in tokens:
        if token.head.i == token.i or not view.inside(token.head):
            if token.pos_ in ("VERB", "AUX") or any(
                    c.dep_ in ("dobj", "ccomp") for c in token.children):
                return token
            return None
    return None


def _has_subject(verb: Any, view: StemView) -> bool:
    """A subject the stem shows, on the verb or on the verb it is coordinated with."""
    for word in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if any(c.dep_ in _SUBJECTS and view.inside(c) for c in word.children):
            return True
    return False


ASIDES = "asides dropped"
"""The ``Stem.rule`` mark of a stem whose asides ``tighten.py`` dropped."""


def _in_gap(view: StemView, token: Any) -> bool:
    """``token`` lies between two pieces of the stem: in an aside ``tighten.py`` dropped
    whole (a second alternative, a relative clause set off by commas, a bracketed
    reference). A word the stem shows that the parser hung on it is shared with what the
    stem keeps ("to meet, or travel with the intention of meeting, a child": "child" is
    hung on "intention"), never cut from its clause."""
    if len(view.pieces) < 2:
        return False
    return view.pieces[0][0] <= token.idx < view.pieces[-1][1] and not view.inside(token)


def _trimmed(q: DraftQuestion) -> bool:
    """The stem stops before its sentence does."""
    text = q.analysis.doc.text
    end = max((e for _, e in q.pieces), default=q.sentence.end)
    return bool(text[end : q.sentence.end].strip(" .;:!?\"')"))


def _has_other(head: Any, child: Any, view: StemView) -> bool:
    """The stem shows another child in the same role (one item of a parsed list)."""
    return any(
        c.dep_ == child.dep_ and c.i != child.i and _shown_below(c, view) for c in head.children
    )


def _shown_below(token: Any, view: StemView) -> bool:
    """The stem shows part of this token's phrase (one item of a list it heads)."""
    return any(view.inside(t) for t in token.subtree)


def pointers(
    view: StemView,
    named: frozenset[int] = frozenset(),
    seen: Callable[[str], bool] = lambda word: False,
    recent: frozenset[str] = frozenset(),
) -> list[Pointer]:
    """Every way the stem points back, in the order the penalty is chosen (the first one not
    resolved counts); ``named`` are the file end offsets of phrases already named from
    earlier (``referents.py``), ``seen`` whether a lowercase word was used before the
    sentence, ``recent`` the lowercase words and lemmas of the section's heading and of the
    two sentences before."""
    tokens = view.tokens()
    out: list[Pointer] = first_person(tokens)
    for token in tokens:
        resolved = view.base + token.idx + len(token.text) in named  # "It": a label's name
        if (token.tag_ == "PRP" and token.lower_ in _PRONOUNS and not resolved
                and not _antecedent(token, tokens)):
            source = _cited_source(token)
            if source:  # "He quoted UNODC's Global Report ...": the figure is the source's
                out.append(Pointer(token.i, -0.1, f'points back: "{token.text}" who cites '
                                   f'{source} is not named (the source it cites is)', "mild"))
            else:
                out.append(Pointer(token.i, -0.5,
                                   f'points back: "{token.text}" is not in the stem'))
        elif (token.tag_ == "PRP$" and token.lower_ not in _FIRST
                and (token.head.dep_ in ("nsubj", "nsubjpass") or token.lower_ in _PERSONAL)
                and not _antecedent(token, tokens)):  # "within 10 days of his receiving
            # the decision": one case's person, whom a rule read alone does not name
            out.append(Pointer(token.i, -0.5, f'points back: "{token.text} {token.head.text}"'))
    out += [Pointer(t.i, -0.5, f'points back: "{t.text} {t.head.text}"', "previous",
                    t.head.lemma_.lower() if t.dep_ == "det" else "") for t in tokens
            if (_demonstrative(t) and not _echoes(t, tokens)
                and view.base + t.head.idx + len(t.head.text) not in named)
            or _pointing(t, tokens[0], recent)]
    out += [Pointer(t.i, -0.5, f'points back: "{_self_phrase(t)}" is the text itself or its '
                    "writer, whom the stem does not name", "previous", t.head.lemma_.lower()
                    if t.lower_ == "present" else "") for t in tokens if _self_reference(t)
            and view.base + t.head.idx + len(t.head.text) not in named]  # "the present
    # Convention" in the Convention's own text: named by ``referents.instrument_names``
    out += [Pointer(t.i, -0.5, f'points back: "the {t.text}" is one of two things named '
                    "before the stem") for t in tokens if _former_latter(t)]
    out += [Pointer(t.i, -0.5, f'points back: "the {t.text}" ' + (
        "as what?" if t.lemma_.lower() == "same" else "of what? (a part of a set the stem "
        "does not show)")) for t in tokens if _partitive(t)]
    out += [Pointer(t.i, -0.5, f'points back: "{t.text} {t.head.text}": other than which?')
            for t in tokens if _contrast(t, tokens)]
    out += [Pointer(t.i, -0.5, f'points back: "the {t.text}" of what? (one of a series the '
                    "stem does not show)") for t in tokens if _ordinal_head(t)]
    out += _increment(tokens)
    out += [Pointer(t.head.i, -0.4, f'points back: "the same {t.head.text}" says the same as '
                    "what") for t in tokens if _same(t)
            and view.base + t.head.idx + len(t.head.text) not in named]  # named from the
    # sentence before (``referents.same_subject``)
    first = tokens[0]
    if first.lower_ in _CONNECTIVES and first.i == 0 and len(tokens) > 1 and not any(
            view.base + t.idx + len(t.text) in named for t in tokens[1:3]):
        # "First, it ...": named whole as the subject of the items it counts (referents)
        out.append(Pointer(first.i, -0.3, f'points back: starts "{first.text}"'))
    elif first.lower_ in _CONDITIONAL and first.i == 0 and first.dep_ == "advmod":
        out.append(Pointer(first.i, -0.5, f'points back: starts "{first.text}", the other case '
                           "of a condition the sentence before sets"))
    elif first.lower_ in _LOCATIVE and len(tokens) > 1 and tokens[1].text == "," and (
            first.dep_ == "advmod"):  # "Here, the officer must ...": in the case or the
        # place the sentence before gives
        out.append(Pointer(first.i, -0.5, f'points back: starts "{first.text}," (in which case '
                           "or place? the sentence before says)"))
    out += connectives(tokens)
    out += _relative_time(tokens)
    out += _then_time(tokens)
    out += _sibling_provision(tokens)
    out += _elided(view)
    out += relational(tokens)
    out += members_of(tokens)
    out += bare_event(tokens)
    out += elided_head(tokens, recent)
    out += quantified(tokens)
    out += counted_part(tokens, recent)
    out += _definite(view, named, seen)
    out += _described(view, recent)
    return out


_LATER = frozenset({"later", "earlier", "afterwards", "afterward", "before", "on"})
_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute"})


def _relative_time(tokens: list[Any]) -> list[Pointer]:
    """ "Seventeen years later, ...", "Two days before, ...": a time counted from one the
    stem does not show (when the Act was passed, when the child went missing)."""
    for n, token in enumerate(tokens[:4]):
        if (token.lower_ in _LATER and n >= 1 and tokens[n - 1].lemma_.lower() in _UNITS
                and n + 1 < len(tokens) and tokens[n + 1].text == ","):
            return [Pointer(token.i, -0.5, f'points back: "{tokens[n - 1].text} {token.text}" '
                            "than what? (a time counted from one the stem does not show)")]
    comma = next((n for n, t in enumerate(tokens[:5]) if t.text == ","), None)
    opening = " ".join(t.lower_ for t in tokens[:comma]) if comma else ""
    if opening in _THEN:  # "By then, more than 2,000 children were reported missing"
        return [Pointer(tokens[0].i, -0.5, f'points back: "{tokens[0].text} '
                        f'{" ".join(t.text for t in tokens[1:comma])}": when? (a time the '
                        "stem does not show)")]
    return []


_STATES = frozenset({"be", "have", "hold", "contain", "include", "number", "total", "stand",
                     "employ", "cover", "exceed", "remain", "house", "comprise", "store"})
"""Verbs of a state, whose "then" says when the state held ("ICSE then holds more than
440,000 images"); with a verb of action "then" is the next step ("must then attend")."""
_STEP_BEFORE = frozenset({"and", "or", "but", ",", ";", "if", "when", "once", "where", "after",
                          "before", "unless", "until"})
"""Words before a "then" that make it the next step or the consequence of a condition."""


def _then_time(tokens: list[Any]) -> list[Pointer]:
    """ "INTERPOL says ICSE then holds more than 440,000 images": "then" on a verb of state
    is a time an earlier sentence gives (a timeline's date; blind review 43, a5: E, "then"
    -> "In November 2018"). Not a step ("must then attend", "and then deleted": a modal, an
    action verb or a coordination before it), not a condition's consequence ("If ..., then
    ..."), and not when the stem gives a year itself. ``context`` puts the date in front and
    strikes "then" when the paragraph dates it; otherwise the stem is held (when?)."""
    if any(t.ent_type_ == "DATE" and re.search(r"\b(?:1[89]|20)\d\d\b", t.text) for t in tokens):
        return []
    for n, token in enumerate(tokens):
        if token.lower_ != "then" or token.dep_ != "advmod" or n == 0:
            continue
        verb = token.head
        if verb.lemma_.lower() not in _STATES or any(c.tag_ == "MD" for c in verb.children):
            continue
        if any(t.lower_ in _STEP_BEFORE for t in tokens[:n]):
            continue
        return [Pointer(token.i, -0.3, 'points back: "then" is a time the stem does not give '
                        "(when?)", "date")]
    return []


_THEN = frozenset({"by then", "until then", "till then", "by that time", "at the time",
                   "up to then"})
"""Openings that stop at, or stand at, a time the sentence before gives: what follows held
then, not now. ("Since then," counts from that time: ``linking`` drops it in front of a
standing rule; in front of a count the sentence before dates, ``context.py`` may carry
that sentence as for any undated count.)"""


def _sibling_provision(tokens: list[Any]) -> list[Pointer]:
    """ "No offence is committed under paragraph (1) where ...": a bare number of another
    paragraph or subsection of the same provision, which the stem does not show (what
    does paragraph (1) make an offence?). "subsection (2) of section 5" names where."""
    for n, token in enumerate(tokens[:-3]):
        if token.lower_ not in _SUBDIVISIONS or tokens[n + 1].text != "(" or (
                tokens[n + 3].text != ")"):
            continue
        after = tokens[n + 4] if n + 4 < len(tokens) else None
        if after is not None and after.lower_ in ("of", "to"):
            continue
        shown = f"{token.text} ({tokens[n + 2].text})"
        return [Pointer(token.i, -0.3, f'points back: "{shown}" is a provision the stem does '
                        "not show")]
    return []


_SUBDIVISIONS = frozenset({"paragraph", "subsection", "sub-section", "subparagraph",
                           "sub-paragraph"})


def _same(token: Any) -> bool:
    """ "within the same 24 hours", "on the same day": "same" with no "as" after it
    compares with something the stem does not show."""
    if token.lower_ != "same" or token.dep_ != "amod" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head
    if head.lemma_.lower() == "time" and head.dep_ == "pobj" and head.head.lower_ == "at":
        return False  # "and to carry out a risk assessment at the same time": the idiom
        # (together, or "however") points at nothing outside the stem
    if head.lemma_.lower() in _SAME_UNITS and _time_limit(head.doc):
        return False  # "within 2 working days, or the same day where a child is at risk":
        # the day of the event the limit runs from, which the stem names
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(
        t.lower_ == "as" for t in head.doc[head.i:])


_SAME_UNITS = frozenset({"day", "shift", "tour", "week"})
_LIMIT_UNITS = frozenset({"minute", "hour", "day", "week", "month", "shift"})


def _time_limit(doc: Any) -> bool:
    """The sentence sets a time limit: "within" a length of time."""
    return any(t.lower_ == "within" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _LIMIT_UNITS for c in t.children) for t in doc)


def references(
    view: StemView,
    result: Score,
    named: frozenset[int] = frozenset(),
    seen: Callable[[str], bool] = lambda word: False,
    carried: frozenset[int] = frozenset(),
    recent: frozenset[str] = frozenset(),
) -> None:
    """The penalty of the most serious way the stem points back that neither a name
    (``referents.py``) nor the context carried in front of it (``context.py``, the token
    indices in ``carried``) resolves."""
    left = [p for p in pointers(view, named, seen, recent) if p.i not in carried]
    if left:
        worst = min(left, key=lambda p: p.delta)
        result.add(worst.delta, worst.reason)


def _elided(view: StemView) -> list[Pointer]:
    """ "Failing to comply is an offence", "Failure to notify is an offence": a subject
    that is an action with nothing acted on (no object, no prepositional phrase anywhere
    in it): comply with what? notify what, and who must? (blind review 42, a6, X)."""
    for token in view.tokens():
        if not _action_subject(token) or not view.inside(token.head):
            continue
        infinitives = {t.i for c in token.subtree if c.dep_ == "acl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}
        adjuncts = {t.i for c in token.subtree if c.dep_ == "prep" and c.lower_ in _ADJUNCTS
                    for t in c.subtree} - infinitives  # "Failing without excuse to comply
        # with the order": the parser hangs the infinitive on "excuse"; it is the gerund's
        phrase = [t for t in token.subtree if t.i not in adjuncts]
        if any(t.dep_ in ("dobj", "pobj", "attr", "ccomp", "nsubj", "dative", "oprd")
               or t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in phrase
               if t is not token or t.pos_ != "NOUN"):  # "Failure" itself is the action
            continue
        shown = " ".join(t.text for t in phrase)
        return [Pointer(token.i, -0.4, f'points back: "{shown}" does not say to what')]
    return []


def _action_subject(token: Any) -> bool:
    """The subject is an action: a gerund or a clause ("Failing to comply"), or a noun of
    failing or refusing with only its infinitive ("Failure to notify", "Refusal to
    register"), whose verb then says what is acted on or nothing."""
    if token.dep_ in ("csubj", "csubjpass") or (
            token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass")):
        return bool(token.pos_ in ("VERB", "AUX"))
    return bool(token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass")
                and token.lemma_.lower() in _FAILING and not any(
                    c.dep_ == "poss" for c in token.children) and any(
                    c.dep_ == "acl" and c.pos_ == "VERB" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in token.children))


_FAILING = frozenset({"failure", "refusal", "omission", "neglect"})
"""Nouns of not doing what a rule requires: an offence or a sanction's subject."""


def _definite(
    view: StemView, named: frozenset[int], seen: Callable[[str], bool]
) -> list[Pointer]:
    """ "the unit", "the country concerned": a definite phrase whose noun the document
    used before, so its referent is there and not in the stem (``referents.py`` names the
    ones it can; those are not counted here)."""
    for head, words in definite_phrases(view.doc):
        if not view.inside(head) or view.base + head.idx + len(head.text) in named:
            continue
        phrase = " ".join(w.text for w in words)
        lemma = head.lemma_.lower()
        if kind_name(head):
            return [Pointer(head.i, -0.4 if head.dep_ in ("nsubj", "nsubjpass") else -0.3,
                            f'points back: "{phrase}" names a body or an undertaking by its '
                            "kind only", "lemma", head.lower_)]
        if points_after(head):
            return [Pointer(head.i, -0.5, f'points back: "{phrase} {head.doc[head.i + 1].text}" '
                            "says which one elsewhere", "lemma", lemma)]
        subject = head.dep_ in ("nsubj", "nsubjpass")
        if _named_before_in_stem(head, view):
            continue
        if _a_set_named_before(head, words):
            return [Pointer(head.i, -0.5 if subject else -0.4,
                            f'points back: "{phrase}" are named earlier in the text, not in '
                            "the stem", "lemma", lemma)]
        if only_if_condition(head):  # "available only where the custodial term ..."
            return [Pointer(head.i, -0.1, f'"{phrase}" may point back (in the condition a '
                            "rule sets on what is available, read as generic)", "rule", lemma)]
        if _procedural(head) and rule_sentence(head) and not _duty_of(head):
            # "before the hearing where the judge so directs": whichever hearing and judge
            # the rule (or the definition) meets
            weight = -0.1 if head.dep_ in ("nsubj", "nsubjpass") else -0.05
            return [Pointer(head.i, weight, f'"{phrase}" may point back (in a rule, read as '
                            "generic: a participant or stage of the procedure)", "rule",
                            lemma)]
        if lemma not in GENERIC and _core_role(head) and _used_before(lemma, head.lower_, seen):
            if _duty_of(head):  # "the offender must notify ...": a generic role
                return [Pointer(head.i, -0.1, f'"{phrase}" may point back (in a rule, read as '
                                "generic)", "mild")]
            return [Pointer(head.i, -0.4 if subject else -0.3,
                            f'points back: "{phrase}" is named earlier in the text, not in the '
                            "stem", "lemma", lemma)]
        if _bare_definite(head, view):
            counted = any(c.dep_ == "nummod" for c in head.children)
            vague = counted or _EVENT_NOUN.search(head.lower_) is not None or (
                lemma in _SHELL or event_subject(head))
            weight = (-0.5 if vague else -0.1) if subject else -0.05
            if subject and undertaking(head) and lemma not in GENERIC and not _attribution(head):
                weight = -0.4  # "The unit has used ...", "the campaign started": a body
                # or an undertaking named only by its kind
            return [Pointer(head.i, weight, f'points back: "the {head.text}" says which one '
                            "elsewhere", "lemma" if weight <= -0.3 else "mild", lemma)]
    return []


def _procedural(head: Any) -> bool:
    """A person's role ("the judge", "the child", "the defendant") or a stage of a
    procedure named by a noun made from a verb ("the hearing", "the trial", "the
    recording"), never a body or an undertaking ("the unit", "the review"), which a text
    is about and which the stem must name."""
    lemma = head.lemma_.lower()
    if undertaking(head) or lemma in _SHELL | GENERIC or head.tag_ in ("NNS", "NNPS"):
        return False
    return _role(head) or lemma in _PROCEEDINGS or _EVENT_NOUN.search(head.lower_) is not None


_PROCEEDINGS = frozenset({"judge", "jury", "witness", "trial", "child", "hearing"})
"""Participants and stages of proceedings whose names carry no verb ending."""


def _attribution(subject: Any) -> bool:
    """ "..., the report found": the subject only says who reports a fact that a clause of
    its own states; the fact stands without it."""
    return any(c.dep_ == "ccomp" for c in subject.head.children)


def _a_set_named_before(head: Any, words: list[Any]) -> bool:
    """ "the four forces", "the other 14 cases", "the 52 files": a definite phrase that
    counts or sets apart members of a set, which only an earlier sentence introduced."""
    counted = any(c.dep_ == "nummod" for c in head.children)
    other = any(w.lower_ in ("other", "remaining") for w in words)
    return head.tag_ == "NNS" and (counted or other)


_ADJUNCTS = frozenset({"without", "within", "before", "after", "during", "until", "despite"})
"""Prepositions of manner and time: "to comply without reasonable excuse" still does not
say with what."""

_KIND_OF_NAME = {
    "GPE": frozenset({"country", "state", "nation", "city", "town", "region", "jurisdiction"}),
    "ORG": frozenset({"organisation", "organization", "agency", "unit", "body", "force", "team",
                      "group", "service", "company", "platform", "court", "office", "centre",
                      "center", "department", "ministry", "network", "authority"}),
    "PERSON": frozenset({"man", "woman", "person", "officer", "accused", "appellant", "suspect",
                         "defendant", "offender", "victim", "child", "adult", "parent",
                         "carer", "minor"}),
}


def _named_before_in_stem(head: Any, view: StemView) -> bool:
    """ "Australia passed a law that prevents offenders from leaving the country": the stem
    names, before the phrase, something of the kind its noun says (a place for "the
    country", an organisation for "the agency", a person for "the man")."""
    lemma = head.lemma_.lower()
    labels = [label for label, nouns in _KIND_OF_NAME.items() if lemma in nouns]
    return any(t.i < head.i and (t.ent_type_ in labels or _introduces(t, head)
                                 or _nominalises(t, head))
               for t in view.tokens())


def _nominalises(earlier: Any, head: Any) -> bool:
    """ "An adult who ... proposes a meeting ..., where the proposal has been followed by
    ...": the noun names the act a verb of the stem stated before it (its lemma is the
    verb's, or the verb's stem with a noun ending: "propose" -> "proposal", "investigate"
    -> "investigation", "meet" -> "meeting"), so "the proposal" is that one."""
    if earlier.pos_ != "VERB":
        return False
    verb, noun = earlier.lemma_.lower(), head.lemma_.lower()
    if noun in (verb, verb + "ing"):
        return True
    shared = next((i for i, (a, b) in enumerate(zip(verb, noun, strict=False)) if a != b),
                  min(len(verb), len(noun)))
    return shared >= 5 and shared >= len(verb) - 1


def _introduces(earlier: Any, head: Any) -> bool:
    """ "information that a child is at risk ... the state where the child is": the stem
    itself brought the noun in before, with an indefinite or quantified determiner ("a",
    "an", "any", "every", "each"), so "the child" is that one, not one of an earlier
    sentence."""
    if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != head.lemma_.lower():
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in earlier.children)


_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "another"})


def _described(view: StemView, recent: frozenset[str]) -> list[Pointer]:
    """ "the sentence of three years' imprisonment" under the heading "Sentence": a definite
    phrase whose words describe it without naming it (no proper name in it), while its noun
    is the section's heading or was used just before: whose sentence?"""
    for token in view.tokens():
        if token.pos_ != "NOUN" or token.ent_type_ or not _core_role(token):
            continue
        left = [c for c in token.children if c.i < token.i]
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in left) or _superlative(left):
            continue
        after = [c for c in token.children if c.i > token.i and c.dep_ in ("prep", "acl")]
        if not after or any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTITIES
                            for c in after for t in c.subtree):
            continue
        lemma = token.lemma_.lower()
        if lemma in GENERIC or lemma not in recent:
            continue
        if any(d.dep_ == "det" and d.lower_ in _INDEFINITE for c in after for o in c.children
               if o.dep_ == "pobj" for d in o.children):
            continue  # "the sexual abuse of a child": any child, the phrase says whose
        return [Pointer(token.i, -0.4 if token.dep_ in ("nsubj", "nsubjpass") else -0.3,
                        f'points back: "the {token.text} {after[0].text} ..." does not say '
                        "whose (its noun heads the section or the sentence before)", "lemma",
                        lemma)]
    return []


def _superlative(left: list[Any]) -> bool:
    """ "the most serious category in the originating jurisdiction", "the highest grade": a
    superlative picks the one it means out of all of them; it points back to nothing."""
    return any(c.tag_ in ("JJS", "RBS") or (c.dep_ == "amod" and any(
        g.lower_ in ("most", "least") for g in c.children)) for c in left)


_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "LAW", "EVENT",
                             "PRODUCT", "WORK_OF_ART"})


def _demonstrative(token: Any) -> bool:
    """ "this", "these", "such" before a noun or standing for one."""
    return (token.lower_ in _DEMONSTRATIVE and token.tag_ in ("DT", "PDT", "JJ")
            and token.dep_ in ("det", "nsubj", "nsubjpass", "dobj", "pobj", "amod", "predet")
            and not _that_is(token) and not _such_as(token) and not _after_a_limit(token)
            and not _clause_before(token))


def _clause_before(token: Any) -> bool:
    """A passive subject "this" after a clause of its own sentence ("the teacher has a
    duty to report; this cannot be delegated") stands for that clause, which the stem shows;
    at the sentence's start ("This can be done through INTERPOL") it points back."""
    return token.dep_ == "nsubjpass" and any(
        t.pos_ in ("VERB", "AUX") for t in token.doc[: token.i])


_SELF_KINDS = word_set("""
    paper report study review note briefing document guide guidance handbook manual chapter
    article submission memorandum letter opinion communication decision judgment case
    convention protocol act directive regulation regulations treaty code order agreement
    instrument text work analysis survey inquiry consultation evaluation assessment
    statement policy plan strategy framework standard proposal
""")
"""What a text calls itself as "the present ...": "the present paper", "the present case"."""
_WRITERS = frozenset({"author", "authors", "writer", "writers"})


def _self_reference(token: Any) -> bool:
    """ "The present paper recommends ...", "Under the present Convention, ...", "The
    authors recommend ...": the text itself (as "this paper" is, by ``_demonstrative``),
    or the people who wrote it (or, in a communication, the one who brought it), whom a
    stem read alone does not name. ``token`` is "present" or the writers' noun."""
    head = token.head if token.lower_ == "present" else token
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if token.lower_ == "present":
        return bool(token.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN")
                    and head.lemma_.lower() in _SELF_KINDS and head.i == token.i + 1)
    return bool(token.lower_ in _WRITERS and token.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ in ("prep", "compound", "poss", "amod", "relcl", "acl")
                            for c in token.children))


def _self_phrase(token: Any) -> str:
    """The words of a self-reference as the stem shows them ("the present paper")."""
    head = token.head if token.lower_ == "present" else token
    return " ".join(t.text for t in head.doc[min(c.i for c in head.children if c.dep_ == "det")
                                             : head.i + 1])


def _echoes(token: Any, tokens: list[Any]) -> bool:
    """ "to the receiving force within 24 hours of becoming aware that the child is in
    that force's area": the demonstrative's noun is one the stem itself named before it,
    so "that force" is the one the stem shows; so is "such a meeting" after "proposes a
    meeting" (a statute's condition names the meeting its offence described)."""
    if not ((token.dep_ == "det" and token.lower_ in ("this", "that", "these", "those"))
            or (token.lower_ == "such" and token.dep_ in ("predet", "amod"))):
        return False
    lemma = token.head.lemma_.lower()
    return any(t.i < token.i and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma
               for t in tokens)


def _after_a_limit(token: Any) -> bool:
    """ "within one hour of the report and every four hours after that": "after that" (or
    "thereafter"'s "after this") counts a repeat interval on from a time limit the stem
    itself states before it; nothing outside the stem is pointed at."""
    if token.lower_ not in ("that", "this") or token.dep_ != "pobj" or token.head.lower_ != "after":
        return False
    return any(t.i < token.head.i and t.lemma_.lower() in _LIMIT_UNITS
               and any(c.dep_ == "nummod" for c in t.children)
               and t.dep_ == "pobj" and t.head.lower_ in ("within", "at", "by", "in", "after")
               for t in token.doc)


_CONTRAST = frozenset({"other", "remaining"})


def _contrast(token: Any, tokens: list[Any]) -> bool:
    """ "All other reports are graded ...", "The remaining cases ...": the subject is the
    rest of a set the sentence before defined (no "than" in the stem says which). A bare
    "Other topics included ..." only adds to a list, and says enough."""
    return (token.lower_ in _CONTRAST and token.dep_ == "amod"
            and token.head.dep_ in ("nsubj", "nsubjpass") and token.i - tokens[0].i <= 2
            and any(c.lower_ in ("all", "the") and c.i < token.i for c in token.head.children)
            and not any(t.lower_ == "than" for t in tokens))  # not "Other topics included"


def _pointing(token: Any, first: Any, recent: frozenset[str] = frozenset()) -> bool:
    """ "One ...", "Both ...", "Each must be ..." opening the stem: one of what? "Each"
    with its noun ("Each object stays on the page ...") is distributive, as "every" is,
    unless the sentences just before counted that noun's set ("The four forces ... Each
    force must ...": ``counted`` marks in ``recent``)."""
    if token.lower_ == "each" and token.dep_ == "det" and token.head.pos_ == "NOUN":
        return counted(token.head.lemma_.lower()) in recent
    return token.lower_ in _POINTING and token.i == first.i and token.dep_ in (
        "nummod", "det", "nsubj", "nsubjpass", "amod")


def counted(lemma: str) -> str:
    """The mark ``context.recent`` puts in its word set for a noun a number counted
    ("four forces" -> "force#counted")."""
    return f"{lemma}#counted"


_PARTS = frozenset({"rest", "remainder", "other", "majority", "minority", "same", "balance"})


def _partitive(token: Any) -> bool:
    """ "The rest must be referred ...", "The others ...", "The majority were boys ...",
    "The same applies to ...": with only "the" and no "of" phrase, the word stands for part
    of a set (or for a rule) that a sentence before gave."""
    if token.lemma_.lower() not in _PARTS or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if token.lemma_.lower() == "other" and token.tag_ != "NNS":
        return False  # "the other cases": ``_contrast`` and the set check read it
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("prep", "relcl", "acl", "amod", "compound") for c in children)


_ADDING = frozenset({"further", "additional", "extra", "another"})
_PERIODS = frozenset({"hour", "day", "week", "month", "year", "period", "term"})
_SHELLS = frozenset({"extension", "renewal", "period", "term", "time", "request",
                     "application", "once"})
"""Nouns that say an increment is asked for or granted, not what it adds to."""


def _increment(tokens: list[Any]) -> list[Pointer]:
    """ "A further 28 days may be authorised by a superintendent", "An extension of a
    further 90 days can be asked for once": an increment of time whose stem names nothing
    it is added to (no noun but the increment, a shell noun of asking or granting, a
    person's role) extends a period a sentence before set (the preservation of data, a
    detention, an order); read alone it says nothing. "Pinwheel will extend preservation
    ... for a further 90 days" and "A Party may renew a preservation order once for a
    further period" name theirs."""
    for token in tokens:
        if token.lower_ not in _ADDING or token.dep_ not in ("amod", "det", "advmod"):
            continue
        head = token.head
        if head.lemma_.lower() not in _PERIODS:
            continue
        inside = {t.i for t in head.subtree}
        named = [t for t in tokens if t.i not in inside and t.pos_ in ("NOUN", "PROPN")
                 and t.lemma_.lower() not in _SHELLS and t.lemma_.lower() not in _PERIODS
                 and not _role(t) and not person_word(t.lower_)]
        if named:
            return []
        shown = " ".join(t.text for t in head.subtree)
        return [Pointer(token.i, -0.4, f'points back: "{shown}" added to what? (the period '
                        "a sentence before sets)")]
    return []


def _ordinal_head(token: Any) -> bool:
    """ "The second must be completed within 14 days": an ordinal with "the" and no noun
    of its own, as a subject or object, stands for the second of a series a sentence
    before listed (the second of two forms, steps, visits); "the first of the two
    reports" says which series, and "the second report" has its noun."""
    if token.ent_type_ != "ORDINAL" or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("prep", "relcl", "acl", "compound") for c in children)


def _former_latter(token: Any) -> bool:
    """ "The latter must be assessed ...", "referrals from the former": wherever it
    stands, "the former" or "the latter" picks one of two things the stem does not show
    ("the former director" is an earlier one, and says enough)."""
    if token.lower_ not in ("former", "latter") or (token.lower_ == "former"
                                                     and token.dep_ == "amod"):
        return False
    holder = token.head if token.dep_ == "amod" else token
    return any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children)


def _such_as(token: Any) -> bool:
    """ "such as": an example follows; nothing is pointed at."""
    doc = token.doc
    return bool(token.lower_ == "such" and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "as")


def _duty_of(head: Any) -> bool:
    """The noun is a person's role and the subject of "must", "shall", "should" or "may":
    a rule about a role ("the offender must"); "the request should reach ..." is a thing
    named earlier, not a role. A standing rule in the present tense with a time limit is
    a rule too ("The officer completes the log within 1 hour": whichever officer does the
    work, as "the officer must complete" would say)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or not _role(head):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS
                                    for c in verb.children):
        verb = verb.head  # "when the child is found, the authority must be told ...": the
        # condition of a rule names whichever child the rule is about
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == head.lemma_.lower()
               for c in verb.children):
            return False  # "if the person is in custody, the person must attend ...":
            # the rule's own subject is the same bare role, and says no more who
    return any(c.tag_ == "MD" and c.lower_ in ("must", "shall", "should", "may")
               for c in verb.children) or _standing_limit(verb)


_CONDITIONS = frozenset({"when", "whenever", "if", "once", "where", "until", "after", "before",
                         "while", "unless"})
"""Marks of a clause that sets the condition of a rule ("when the officer in charge ...")."""


def _limits(prep: Any, verb: Any) -> bool:
    """The "within" phrase limits ``verb``: it hangs on it, or on a noun of its own
    clause the parser attached it to ("completes a log within 1 hour")."""
    head = prep.head
    for _ in range(3):
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return False


_LIMIT_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _standing_limit(verb: Any) -> bool:
    """A present-tense, unnegated verb with a time limit of its own ("completes ... within
    1 hour"): a rule stated as practice, not an event ("completed ... within", past)."""
    if verb.tag_ != "VBZ" or any(c.dep_ == "neg" for c in verb.children):
        return False
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "within"
                 and _limits(t, verb)):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in _LIMIT_UNITS and any(
                c.dep_ == "nummod" for c in noun.children):
            return True
    return False


_ROLE = re.compile(r"(?:[^m]ent|er|or|ist|ant|ian)$")
"""Nouns of persons by their ending: offender, officer, applicant, resident, guardian."""


def _role(head: Any) -> bool:
    lemma = head.lemma_.lower()
    return lemma in _KIND_OF_NAME["PERSON"] or _ROLE.search(lemma) is not None


def _core_role(head: Any) -> bool:
    """Subject or object of the main clause (not a possessive or a list's item)."""
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return bool(head.dep_ == "pobj" and head.head.head.dep_ == "ROOT")


def _used_before(lemma: str, form: str, seen: Callable[[str], bool]) -> bool:
    """The noun already appeared (in either number) before this sentence."""
    return any(seen(f) for f in (lemma, form, lemma + "s", lemma + "es"))


_SENTENCE_END = re.compile(r"(\w*)[.!?]\S*\s+[A-Z][a-z]")
_ABBREVIATIONS = frozenset({"dr", "mr", "ms", "mrs", "no", "st", "art", "prof", "vs", "nos"})


def _two_sentences(prompt: str) -> bool:
    """A full stop inside the stem followed by a capitalised word (not after "Dr")."""
    return any(m.group(1).lower() not in _ABBREVIATIONS and not m.group(1).isupper()
               for m in _SENTENCE_END.finditer(prompt))


_CONNECTIVES = word_set(
    "first second third fourth fifth finally secondly thirdly also however moreover "
    "furthermore therefore then instead nevertheless meanwhile thus hence consequently "
    "accordingly similarly likewise yet but"
)
_LOCATIVE = word_set("here there")
"""Pro-forms of a place or a case said before, opening a stem with a comma ("Here, ...")."""
_CONDITIONAL = word_set("otherwise alternatively")
"""Connectives that stand for a condition stated before ("Otherwise, the supervisor must
...": if what does not hold?): no stem can drop them (``linking.py``) and none reads alone."""
_EVENT_NOUN = re.compile(r"(?:tion|sion|ment|al|ance|ence|ing|ure)s?$")
"""Nouns made from verbs ("the selection", "the referral"): which one is never obvious."""
_SHELL = word_set("""
    model scheme approach measure system proposal idea mechanism method option tool
    change duty power provision requirement rule practice standard framework principle
""")
"""Shell nouns: with only "the" they stand for what a sentence before said ("Clause 9
would require providers to report ... The model is similar to ..."): which one is never
in the stem."""
_PRONOUNS = frozenset({"it", "they", "he", "she", "him", "her", "them"})
_FIRST = frozenset({"our", "my"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
"""Pronouns that stand for a person: only a person's name or role is their antecedent."""
"""First person possessives: ``standalone.first_person`` reports them."""


def _antecedent(pronoun: Any, tokens: list[Any]) -> bool:
    """A noun before the pronoun in the stem that it may stand for (dates do not count;
    "he", "she", "him", "her" need a person's name or a person's role: "An offender who
    has no fixed address must notify a place where he or she can be found")."""
    personal = pronoun.lower_ in _PERSONAL
    return any(
        t.i < pronoun.i
        and not _co_argument(t, pronoun)
        and not _in_own_adjunct(t, pronoun)
        and not _compared_with(t, pronoun)
        and ((t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and _role(t))) if personal else
             t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME"))
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "compound")
        for t in tokens
    )


_CITING = frozenset({"cite", "quote", "point", "refer"})
"""Verbs by which a speaker cites a source ("she cited FBI figures", "he pointed to
INTERPOL's Yellow Notice")."""


def _cited_source(pronoun: Any) -> str:
    """A personal subject pronoun of a verb of citing whose object names a source ("He
    quoted UNODC's Global Report ...", "she cited FBI figures", "he pointed to INTERPOL's
    Yellow Notice"): the speaker at a conference or in a live blog is named elsewhere, but
    what the stem asks is the named source's, so the pronoun is a mild doubt, not a stem
    that points back. "" when the object names no source."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she", "they") or (
            verb.lemma_.lower() not in _CITING):
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        names = [t for t in obj.subtree if t.ent_type_ in ("ORG", "LAW", "WORK_OF_ART")
                 or (t.pos_ == "PROPN" and t.i < obj.i + 1)]
        if names:
            return f'"{names[0].text}"'
    return ""


def _in_own_adjunct(noun: Any, pronoun: Any) -> bool:
    """ "Drawing on the opinion of the Committee and eleven years of decisions, it proposes
    ...": the subject of a clause does not stand for a noun inside a bare participle set in
    front of that same clause (no subject or "if", "where" of its own); who "it" is (the
    Note) is in an earlier sentence. A fronted condition ("Where the offender could not
    have known ..., they must ...") or a phrase ("Under the Act, it is an offence ...")
    keeps its nouns as antecedents, or "it" as an empty subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    fronted = [c for c in pronoun.head.children if c.i < pronoun.i and not c.is_punct]
    if not any(c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.left_edge.i == 0
               and not any(g.dep_ in _SUBJECTS or g.dep_ == "mark" for g in c.children)
               for c in fronted):
        return False  # the parser may hang the participle's later phrases on the verb
    return any(c.left_edge.i <= noun.i <= c.right_edge.i for c in fronted)


_COMPARING = frozenset({"like", "unlike"})
"""Prepositions whose object is the standard a clause's subject is compared with."""


def _compared_with(noun: Any, pronoun: Any) -> bool:
    """ "Like KESTREL-8, it should not be used with women": the thing a clause's subject is
    compared with ("like", "unlike" hanging on the subject's own verb) is never that
    subject, so a noun inside the comparison is no antecedent of it; what "it" is (another
    tool) is in an earlier sentence."""
    if pronoun.dep_ not in _SUBJECTS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _COMPARING
               and c.left_edge.i <= noun.i <= c.right_edge.i
               for c in pronoun.head.children)


def _co_argument(noun: Any, pronoun: Any) -> bool:
    """ "INTERPOL describes it": a plain pronoun never stands for the subject of its own
    verb (that would be "itself"), so that subject's name is no antecedent (a noun inside
    it, "officers who seize a phone must record it", still is)."""
    verb = pronoun.head
    if pronoun.lower_ == "them" and pronoun.dep_ == "nsubj" and _small_clause(verb):
        verb = verb.head  # "The law makes them available": "them" is the object of "makes"
        # ("makes it easier to ..." holds an empty "it", which points nowhere)
    elif pronoun.dep_ not in ("dobj", "dative"):
        return False
    return any(s.dep_ in _SUBJECTS and (noun.i == s.i or (noun.dep_ == "compound" and
                                         noun.head.i == s.i)) for s in verb.children)


def _small_clause(head: Any) -> bool:
    """The pronoun's head is a complement with no verb of its own ("makes them available",
    "found them guilty", "had them removed"): "them" is the governing verb's object in all
    but the parse, and that verb's subject is no antecedent of it either."""
    if head.dep_ not in ("ccomp", "oprd", "xcomp") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children):
        return False
    return head.pos_ == "ADJ" or head.tag_ in ("VBN", "VB")


def _that_is(token: Any) -> bool:
    """ ", that is, ...": "that is" as "i.e.", which points nowhere."""
    doc = token.doc
    return bool(
        token.lower_ == "that" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "is"
        and token.i > 0 and doc[token.i - 1].is_punct
    )


def _bare_definite(token: Any, view: StemView) -> bool:
    """ "the selection": a common noun with only "the" (no modifier says which one)."""
    if token.pos_ != "NOUN" or token.ent_type_ or (token.tag_ == "NNS" and token.dep_ == "pobj"):
        return False
    children = [c for c in token.children if not c.is_punct]
    return (
        any(c.lower_ == "the" for c in children)
        and all(c.lower_ == "the" or c.dep_ == "nummod" for c in children)
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def brackets(prompt: str, result: Score) -> None:
    for opening, closing in ("()", "[]"):
        if prompt.count(opening) != prompt.count(closing):
            result.kill(f'unbalanced brackets ("{opening}{closing}")')
            return
    if prompt.count('"') % 2:
        result.kill("an unclosed quotation mark")


def target(view: StemView, q: DraftQuestion, result: Score) -> None:
    """The blank is a whole unit: a whole name, a whole term, a place that is a place."""
    answer = view.span_tokens(q.key)
    if not answer:
        result.kill("the answer is not a whole word")
        return
    if q.rule in ("key-term", "place", "person-role") and _inside_name(answer, view.doc):
        result.kill(f'the blank is part of the name "{_name_of(answer, view.doc)}"')
        return
    if q.rule == "key-term":
        head = _head(answer)
        if head.dep_ == "compound" and head.head not in answer:
            result.kill(f'the blank is part of the longer term "... {head.head.text}"')
            return
        if _media(answer):
            result.kill(f'"{" ".join(t.text for t in answer)}" names a kind of material, not a '
                        "term: other kinds of material fill the blank as truly")
            return
    if q.rule == "key-term" and _relative(answer):
        result.kill(f'"{_relative(answer)}" compares with nothing the stem shows: a sentence '
                    "with no rule, figure or definition in it is no question")
        return
    if q.rule == "place":
        _place(answer, view, result)
    if q.rule == "person-role" and not any(t.ent_type_ == "PERSON" for t in answer):
        result.add(-0.3, "not recognised as a person's name")
    if q.qtype == "fill_blank" and _one_of_list(answer, view, q):
        result.kill("one item of a list is blanked; the other items are equally true")
    elif q.qtype == "fill_blank" and not q.numeric:
        several_fillers(answer, result)


def _affirmed(clause: Any) -> bool:
    """The negated verb shares its subject with a verb that affirms ("____ are not limited
    to children and cover anyone who is missing"): what the subject does sets it apart, as
    in any statement, and the negation only adds to it."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
               and not any(g.dep_ in ("neg", "nsubj", "nsubjpass") for g in c.children)
               for c in clause.children)


_MEDIA = word_set("image video photograph photo picture file material content recording "
                  "data footage")


def _media(answer: list[Any]) -> bool:
    """A keyword that only names what the work handles ("images and videos" in "the
    analysis of ____ of abuse"): vocabulary of the theme, but not a term a learner tests."""
    nouns = [t for t in answer if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and all(t.lemma_.lower() in _MEDIA for t in nouns)


def several_fillers(answer: list[Any], result: Score) -> None:
    """A blank that other members of its class fill as truly: one in a negated clause
    ("A ____ is not an arrest warrant": other notices are not either), or the subject of
    "is a Y" with nothing that sets it apart from other Ys ("A ____ is an INTERPOL
    notice"). The defining property is the question to ask; this one is held back."""
    clause = _clause_of(_head(answer))
    if clause is None:
        return
    if any(c.dep_ == "neg" for c in clause.children) and not _affirmed(clause):
        result.kill(f'the blank sits in a negated clause ("{clause.text} not"): other members '
                    "of its class fit it as well")
        return
    head = _head(answer)
    if head.dep_ == "nsubj" and clause.lemma_ == "be" and head.head.i == clause.i:
        kinds = [c for c in clause.children if c.dep_ == "attr"]
        if kinds and all(c.dep_ in ("det", "compound", "amod") and not list(c.children)
                         for k in kinds for c in k.children):
            result.kill(f'"is {_phrase(kinds[0])}" only names the class: other members of it fit '
                        "the blank as well")


def _phrase(token: Any) -> str:
    return " ".join(t.text for t in token.subtree)


def _clause_of(token: Any) -> Any:
    """The verb (or copula) of the clause a word sits in."""
    for word in (token, *token.ancestors):
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("aux", "auxpass"):
            return word
    return None


def _head(tokens: list[Any]) -> Any:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def _inside_name(answer: list[Any], doc: Any) -> bool:
    """The answer is a word of a longer name: inside (or across the edge of) an entity, next
    to a proper noun it is joined to, or the region or country that ends the name of a
    named body or event ("the Victim Identification Task Force for ____", "the Police
    Service of ____"): the place is part of the name, not a place the sentence is about."""
    if _ends_name(answer) or _completes_name(answer, doc):
        return True
    first, last = answer[0].i, answer[-1].i
    for ent in doc.ents:
        if ent.label_ in ("CARDINAL", "DATE", "PERCENT", "QUANTITY", "ORDINAL", "MONEY", "TIME"):
            continue
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if start <= last and first < ent.end and not (first <= start and ent.end - 1 <= last):
            return True
    left = doc[first - 1] if first > 0 else None
    right = doc[last + 1] if last + 1 < len(doc) else None
    return any(
        n is not None and n.pos_ == "PROPN" and n.text[:1].isupper() and answer[0].pos_ == "PROPN"
        and (n.head.i in range(first, last + 1) or n.i in {t.head.i for t in answer})
        for n in (left, right)
    )


_NAME_JOINS = frozenset({"of", "for", "and", "on", "against", "the", "&"})


def _completes_name(answer: list[Any], doc: Any) -> bool:
    """A term in lower case right after a name of two or more capitalised words ("the US
    Internet Crimes Against Children ____" for "task forces"): the words before the blank
    are the name of a programme or a body the term ends, and the blank asks for the rest of
    that name. A country alone in front ("United States ____") names where, not a name."""
    return _name_start(answer, doc) is not None


def _name_start(answer: list[Any], doc: Any) -> int | None:
    """Where the capitalised name a lower-case term completes begins (``_completes_name``),
    or None."""
    if not answer[0].text[:1].islower():
        return None
    words: list[Any] = []
    i = answer[0].i - 1
    while i >= 0 and (doc[i].text[:1].isupper() or (
            doc[i].lower_ in _NAME_JOINS and words and i > 0 and doc[i - 1].text[:1].isupper())):
        words.append(doc[i])
        i -= 1
    capitalised = [t for t in words if t.text[:1].isupper() and t.lower_ not in _NAME_JOINS]
    if len(capitalised) < 2 or all(t.ent_type_ in ("GPE", "LOC") for t in capitalised):
        return None
    return int(capitalised[-1].i)


_NAME_LINKS = frozenset({"for", "of"})
"""The prepositions by which a body's or an event's name takes in a place ("Task Force
for Asia", "Police Service of Northern Ireland"); a body "in London" is only located."""
_NAME_KINDS = frozenset({"ORG", "EVENT", "FAC", "LAW", "WORK_OF_ART"})


def _ends_name(answer: list[Any]) -> bool:
    """ "<Named body or event> for/of ____": the answer's head is the object of "for" or
    "of" after a capitalised proper noun that the parser names as a body, an event, a
    building or a law."""
    head = _head(answer)
    link = head.head
    if head.dep_ != "pobj" or link.lower_ not in _NAME_LINKS or link.dep_ != "prep":
        return False
    name = link.head
    if (name.text in _TITLE_HEADS and not any(t.ent_type_ in ("GPE", "LOC") for t in answer)
            and all(t.text[:1].isupper() for t in answer if t.is_alpha and t.lower_ not in
                    ("and", "of", "the", "on", "in"))):
        return True  # "the ACPO Good Practice Guide for ____" (Digital Evidence): its title
    return bool(name.pos_ == "PROPN" and name.text[:1].isupper()
                and (name.ent_type_ in _NAME_KINDS or link.ent_type_ in _NAME_KINDS))


_TITLE_HEADS = frozenset({
    "Guide", "Guidance", "Guidelines", "Code", "Manual", "Handbook", "Framework", "Strategy",
    "Principles", "Standard", "Standards", "Protocol"})
"""Capitalised head words of a document's title that a capitalised "for"/"of" phrase
completes ("Good Practice Guide for Digital Evidence"): a term blanked there is a word of the
title, whatever the parser calls the name (blind review 27b, X 6). A body's name ending in a
place ("Task Force for Asia") is left to the entity check: its place is asked as a place."""


def _name_of(answer: list[Any], doc: Any) -> str:
    begins = _name_start(answer, doc)
    if begins is not None:
        return str(doc[begins : answer[-1].i + 1].text)
    if _ends_name(answer):
        start = _head(answer).head.head.i  # the name's head noun ("Force"), then the
        while start > 0 and doc[start - 1].pos_ == "PROPN":  # words before it ("Task")
            start -= 1
        return str(doc[start : answer[-1].i + 1].text)
    for ent in doc.ents:
        if ent.start <= answer[0].i < ent.end:
            return str(ent.text)
    return " ".join(t.text for t in answer)


def _place(answer: list[Any], view: StemView, result: Score) -> None:
    """A place that is one, and the only place the stem shows: another ("a meeting in
    Singapore" beside "the Task Force for ____") narrows the options to its own region
    or country, a cue a learner answers from the stem (blind reviews: every place blank
    with another place in its stem was dropped)."""
    text = " ".join(t.text for t in answer).casefold()
    labels = {t.ent_type_ for t in answer}
    if text in _NOT_PLACES or not labels & {"GPE", "LOC"}:
        result.kill(f'"{text}" is not a place')
        return
    inside = {t.i for t in answer}
    other = next((t for t in view.tokens() if t.ent_type_ in ("GPE", "LOC")
                  and t.i not in inside and t.text.casefold() != text), None)
    if other is not None:
        result.kill(f'another place in the stem ("{other.text}") cues the answer')


_COMPARED = frozenset({"JJR", "RBR"})


def _relative(answer: list[Any]) -> str:
    """A blanked term that is the subject of a comparative with no standard ("Regional
    ____ are a more recent development", "The ____ is newer"): true only against
    something earlier in the text, so the sentence states no rule, figure or definition.
    Returns the comparative's words, or ""."""
    head = _head(answer)
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.lemma_ != "be":
        return ""
    if any(t.lower_ == "than" for t in clause.subtree):
        return ""
    for child in clause.children:
        if child.dep_ not in ("acomp", "attr"):
            continue
        for token in (child, *(c for c in child.children if c.dep_ == "amod")):
            if token.tag_ in _COMPARED:
                return str(token.text)
            more = [c for c in token.children if c.dep_ == "advmod" and c.tag_ in _COMPARED]
            if more:
                return f"{more[0].text} {token.text}"
    return ""


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _one_of_list(answer: list[Any], view: StemView, q: DraftQuestion) -> bool:
    """The blank is a conjunct whose siblings the stem also shows ("in A, B and C"), or
    the modifier of one ("through games, apps and ____ sites": the member is "sites", and
    any other kind of site fills the blank as truly): a list member is never a term."""
    head = _head(answer)
    inside = {t.i for t in answer}
    members = [head]
    while members[-1].dep_ in _MODIFIER_DEPS and members[-1].head.i not in inside and (
            members[-1].head.pos_ in ("NOUN", "PROPN")) and members[-1].head.i != members[-1].i:
        members.append(members[-1].head)
    siblings = [c for m in members for c in m.children if c.dep_ == "conj"]
    siblings += [m.head for m in members if m.dep_ == "conj"]
    return (q.stem_rule == "list item" and _whole_item(q)) or any(
        view.inside(s) and s.i not in inside for s in siblings
    )


def _whole_item(q: DraftQuestion) -> bool:
    doc = q.analysis.doc
    return any(
        doc.display(*piece).strip(" .,;").casefold() in
        (doc.display(*q.key).casefold(), "the " + doc.display(*q.key).casefold())
        for piece in q.pieces[1:]
    )
