"""Which theme a sentence, clause or answer belongs to: by the meaning of words, not letters.

Each theme is a set of terms: its whole title (strong), each author keyword or keyword
phrase from ``curriculum.yaml`` (medium) and each content word of its title (weak). A
term that two themes share says nothing about either and is ignored.

Words are compared as spaCy reads them: the same lowercase word, or the same lemma in
the same word class ("victims" is "victim", "identified" is "identify", but the verb
"identified" is not the noun "identification", and the noun "travel" is not the verb
"travelling"). A single-word term met only as another form of a verb counts half: "the
unit identified" alone is not victim identification (keyword "identify").

A term also matches its **word family** (``kin``), at half weight for each word met only as
a variant: "sexual offenders", "a sexual offence" and "sexual reoffending" are all of the
family of "sex offender", "registered" of "register", "travel" of "travelling". A family is
what is left when inflectional and common derivational endings are taken off ("-er",
"-ing", "-ation", "-ual", "-ed", "-s" ...) and a leading "re" of a longer stem ("reoffend");
stems of five letters or more may differ in their last letter ("offend", "offenc"), a
shorter stem must be a whole word ("sex", "sexual"; "miss" is no family of "mission"). A
variant is weaker than the word itself: the noun "travel" alone ("travel and tourism") does
not reach a theme, and the verb "identified" is still not the noun "identification".

Words inside
a proper name (a named entity: an
organisation, a workshop's title, a place), inside a Title-Case run of three or more
words, or inside a web address are masked, unless the term is the whole name: "Travel
and Tourism Council" is not about travelling offenders. A text goes to every theme that
scores at least ``THRESHOLD`` and 75% of the best score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from curriculum.draft import nlp
from curriculum.models import Theme

THRESHOLD = 1.0
RELATIVE = 0.75
VARIANT = 0.5
"""The share of a term's weight that a word met only as another member of its family keeps."""
_NAME_ENTITIES_TEXT = "ORG PERSON GPE LOC FAC EVENT WORK_OF_ART LAW PRODUCT NORP LANGUAGE"
NAME_ENTITIES = frozenset(_NAME_ENTITIES_TEXT.split())
"""Entity labels whose words are a name, not a topic."""
_URLISH = re.compile(r"(?:https?:|www\.|/|@|\.(?:org|com|int|net|gov|eu|html?)\b)", re.I)
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "compound", "appos", "attr"})
_CLASSES = {"NOUN": "n", "PROPN": "n", "VERB": "v", "AUX": "v", "ADJ": "a", "ADV": "r"}


@dataclass(frozen=True)
class Word:
    """A word as theme matching sees it: forms, word class, file offsets, masked or not."""

    lower: str
    lemma: str
    cls: str
    start: int
    end: int
    masked: bool = False
    name: tuple[int, int] | None = None
    """The offsets of the proper name this word belongs to, if any."""
    verbal: bool = False
    """Used as a verb (not a gerund used as a noun: "proves trafficking")."""
    aside: bool = False
    """Inside a condition, a relative clause or a participle's restriction (``_aside``):
    it narrows or grades what the sentence is about; it does not say what that is."""
    graded: bool = False
    """One of coordinated adjectives ("a serious sexual or violent offence"): it sorts a
    noun into kinds rather than naming a topic."""
    acts_on: str = ""
    """A verb's object noun (its direct object, or the subject of its passive), as a lemma:
    what the act is done to ("identify the starting point": "point")."""
    describes: tuple[str, ...] = ()
    """What an attributive adjective (or participle) describes: the lemmas of its noun and
    of the content words before the noun in its phrase ("a missing response": "response";
    "online child sexual exploitation": "exploitation", "child", "sexual")."""
    other_sense: bool = False
    """A one-word term used, throughout its document, only of things that are none of
    its theme's words (``senses.py``): another sense of the word, no topic."""

    def same(self, other: Word) -> bool:
        """The same word: equal lowercase, or equal lemma in the same word class (nouns:
        also equal without a plural "s", since proper nouns keep "Notices" as their lemma)."""
        if self.lower == other.lower:
            return True
        if self.cls != other.cls or self.cls == "o":
            return False
        return self.lemma == other.lemma or (
            self.cls == "n" and bool(_singulars(self.lower) & _singulars(other.lower))
        )


    def kin(self, other: Word) -> bool:
        """Of one word family (see the module docstring): "offence" and "offender",
        "sexual" and "sex", "reoffending" and "offenders", "registered" and "register"."""
        return kin(self.lower, other.lower)


@lru_cache(maxsize=65536)
def _keys(word: Word) -> list[tuple[str, ...]]:
    """Index keys under which ``same`` may find a word (a superset, checked after)."""
    keys: list[tuple[str, ...]] = [("l", word.lower), ("m", word.lemma, word.cls)]
    if word.cls == "n":
        keys += [("s", form) for form in sorted(_singulars(word.lower))]
    return keys


def _family_keys(word: Word) -> list[tuple[str, ...]]:
    """Index keys under which ``kin`` may find a word (a superset, checked after)."""
    return [("k", stem[:5]) for stem in _stems(word.lower)]


_ENDINGS = ("ations ation ions ion ually ual ally al ings ing ers er ors or ants ant ives ive"
            " ities ity ies ied")
_SUFFIXES = sorted([*_ENDINGS.split(), "ly", "ed", "es", "s", "y", "e"], key=len, reverse=True)
"""Endings taken off to find a word's family: inflections, agent nouns ("-er", "-or", "-ant":
"registrants" of "register", "abductor" of "abduction"), "-ation", "-ual"..."""
_KIN_MIN = 5
"""Stems this long may differ in their last letter ("offend", "offenc"); shorter ones must
be equal and one of them a whole word ("sex" of "sexual")."""


def _stem(word: str) -> str:
    """The word with up to two endings taken off and a final double letter made single."""
    stem = word
    for _ in range(2):
        cut = next((s for s in _SUFFIXES if stem.endswith(s) and len(stem) - len(s) >= 3), "")
        if not cut:
            break
        stem = stem[: -len(cut)]
    if len(stem) > _KIN_MIN and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # "travell(ing)" is "travel"
    return stem


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    """The word's stem, and without a leading "re" when the rest is a stem on its own
    (cached: every word of every sentence is looked up against every theme)."""
    if not word.isalpha() or len(word) < 3:
        return ()
    stem = _stem(word)
    if stem.startswith("re") and len(stem) - 2 >= _KIN_MIN:
        return (stem, stem[2:])
    return (stem,)


@lru_cache(maxsize=65536)
def kin(a: str, b: str) -> bool:
    """Whether two lowercase words are of one family (see the module docstring)."""
    for x in _stems(a):
        for y in _stems(b):
            if x == y and (len(x) >= _KIN_MIN or x in (a, b)):
                return True
            common = len(_common_prefix(x, y))
            if common >= _KIN_MIN and len(x) - common <= 1 and len(y) - common <= 1:
                return True
    return False


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _singulars(word: str) -> set[str]:
    out = {word}
    if word.endswith("s") and len(word) > 3:
        out.add(word[:-1])
    if word.endswith("es") and len(word) > 4:
        out.add(word[:-2])
    return out


def doc_words(doc: Any, base: int) -> list[Word]:
    """The words of a parsed text (punctuation and spaces left out), offsets plus ``base``."""
    names = _name_spans(doc)
    out = []
    for token in doc:
        if token.is_punct or token.is_space or not any(c.isalnum() for c in token.text):
            continue
        name = names.get(token.i)
        urlish = token.like_url or token.like_email or bool(_URLISH.search(token.text))
        out.append(
            Word(
                token.lower_,
                token.lemma_.lower(),
                _CLASSES.get(token.pos_, "o"),
                base + token.idx,
                base + token.idx + len(token.text),
                masked=name is not None or urlish,
                name=(base + name[0], base + name[1]) if name else None,
                verbal=token.pos_ in ("VERB", "AUX")
                and not (token.tag_ == "VBG" and token.dep_ in _NOMINAL),
                aside=_aside(token),
                graded=token.pos_ == "ADJ"
                and (token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)),
                acts_on=_acts_on(token),
                describes=_describes(token),
            )
        )
    return out


def _describes(token: Any) -> tuple[str, ...]:
    """The lemmas of the noun an attributive modifier describes and of the content words
    before the noun in its phrase, the modifier's own left out ("an online child sexual
    exploitation inquiry": "inquiry", "child", "sexual", "exploitation"), or () (not
    attributive, or the noun is a name or a pronoun)."""
    head = token.head
    if token.dep_ != "amod" or head.pos_ != "NOUN":
        return ()
    own = {t.i for t in token.subtree}
    before = [t for t in head.subtree
              if t.i < head.i and t.i not in own and t.pos_ in _CONTENT_POS]
    return tuple(str(t.lemma_.lower()) for t in [head, *before])


_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _acts_on(token: Any) -> str:
    """The lemma of the noun a verb acts on: its direct object, or the subject of its
    passive ("children were identified"), or "" (no such noun, or a pronoun)."""
    if token.pos_ not in ("VERB", "AUX"):
        return ""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            return str(child.lemma_.lower())
    return ""


_CONDITIONS = frozenset({"if", "unless", "whether", "where", "wherever", "provided", "providing"})
"""Words that open a condition ("Where there is a risk of serious injury, ...")."""


def _aside(token: Any) -> bool:
    """Whether the token sits, below the main clause, in a clause that narrows or grades
    what the sentence is about rather than saying it (``_narrows``): a condition, a finite
    relative clause, or a participle's restriction with no subject of its own. "An officer
    may submit an emergency request where a child faces a risk of serious injury" is about
    the request; "An order was imposed, restricting internet use" is about the order."""
    node = token
    # By index: spaCy makes a new Token object on every access, so "node.head is not node"
    # never ends the climb, and a leading run of spaces is parsed as its own head with the
    # label "dep", not "ROOT" (a PDF line "  of the ... Panel" made the draft run forever).
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if _narrows(node):
            return True
        node = node.head
    return False


def _narrows(verb: Any) -> bool:
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False  # an infinitive says a purpose ("an alert to help locate a child")
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ == "advcl":
        opener = [c for c in children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
        if any(c.lower_ in _CONDITIONS for c in opener):
            return True
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
        return not subject and not opener and bool(verb.tag_ in ("VBG", "VBN", "JJ"))
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBG")  # "an order prohibiting contact"


def _name_spans(doc: Any) -> dict[int, tuple[int, int]]:
    """Token index -> character span of the longest name it is in (entities, Title-Case runs)."""
    spans = [(e.start, e.end) for e in doc.ents if e.label_ in NAME_ENTITIES]
    spans += _title_runs(doc)
    spans += _spelled_out(doc)
    found: dict[int, tuple[int, int]] = {}
    for start, end in sorted(spans, key=lambda s: s[0] - s[1]):  # longest first
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        for i in range(start, end):
            found.setdefault(i, span)
    return found


def _title_runs(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of three or more capitalised words (small words between allowed, and
    a capitalised word in brackets: "the Victims and Witnesses (Amendment) Act 2017" is
    one name, so its "Witnesses" is no topic of the sentence; initials in brackets end a
    run, since they stay a word of their own, "ICSE")."""
    runs = []
    i = 0
    while i < len(doc):
        if not _capital(doc[i]) or doc[i].is_sent_start:
            i += 1
            continue
        j, caps = i, 0
        while j < len(doc) and (_capital(doc[j]) or (doc[j].is_stop and doc[j].is_lower)
                                or _bracketed_word(doc, j)):
            caps += _capital(doc[j])
            j += 1
        while j > i and not _capital(doc[j - 1]):
            j -= 1
        if caps >= 3:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _bracketed_word(doc: Any, i: int) -> bool:
    """Token ``i`` is a bracket around one capitalised word that is not initials, inside a
    run ("(Amendment)" in "Victims and Witnesses (Amendment) Act")."""
    if doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
        word = doc[i + 1]
    elif doc[i].text == ")" and i >= 2 and doc[i - 2].text == "(":
        word = doc[i - 1]
    else:
        return False
    return _capital(word) and not word.text.isupper()


_LINKS = frozenset(["of", "and", "for", "the", "on", "in", "to", "against", "with"])


def _spelled_out(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of names spelled out before their initials in brackets ("the trauma
    risk management (TRiM) team", "a Sexual Harm Prevention Order (SHPO)"): the words
    whose first letters are the initials, small linking words between allowed (the
    initials themselves stay a word: "ICSE" is a term). Capitalised or not, they name a
    unit or an order, not the sentence's topic."""
    runs = []
    for i in range(1, len(doc) - 2):
        short = doc[i + 1].text
        capitals = [c for c in short if c.isupper()]
        if (doc[i].text != "(" or doc[i + 2].text != ")" or not short.isalpha()
                or len(capitals) < 2 or len(short) > 8):
            continue
        j = i - 1
        for letter in reversed(capitals):
            while j >= 0 and doc[j].lower_ in _LINKS and doc[j].text[:1].upper() != letter:
                j -= 1
            if j < 0 or doc[j].text[:1].upper() != letter:
                break
            j -= 1
        else:
            runs.append((j + 1, i))
    return runs


def _capital(token: Any) -> bool:
    return bool(token.text[:1].isupper()) and token.is_alpha


def text_words(text: str) -> list[Word]:
    """The words of a text parsed on its own (for a text that is not a source sentence).
    A section's heading and the title are asked for every sentence under them: each text
    is parsed once per model (a parse per call cost a 2 MB draft 17 s)."""
    key = (text, nlp.model_name())
    if key not in _PARSED:
        parse_ahead([text])
    return list(_PARSED[key])


def parse_ahead(texts: Sequence[str]) -> None:
    """Parse the texts ``text_words`` has not read yet, in one batch: a parse of one short
    text costs about four times its share of a batch's (the pipeline's set-up per call),
    and a long document has a hundred headings. Each text is still its own document, so
    its words are the same either way."""
    model = nlp.model_name()
    missing = list(dict.fromkeys(t for t in texts if (t, model) not in _PARSED))
    for text, doc in zip(missing, nlp.parse(missing) if missing else [], strict=True):
        if len(_PARSED) >= PARSED_MAX:
            del _PARSED[next(iter(_PARSED))]  # the oldest: a long test run drafts many texts
        _PARSED[text, model] = tuple(doc_words(doc, 0))


_PARSED: dict[tuple[str, str], tuple[Word, ...]] = {}
"""``text_words`` by text and pipeline."""
PARSED_MAX = 4096


def words_between(words: Sequence[Word], spans: Sequence[tuple[int, int]]) -> list[Word]:
    """The words lying inside any of ``spans`` (file offsets)."""
    return [w for w in words if any(s <= w.start and w.end <= e for s, e in spans)]


@dataclass(frozen=True)
class Term:
    """A word sequence that signals a theme, its weight and where it came from."""

    words: tuple[Word, ...]
    weight: float
    origin: str
    text: str

    def key(self) -> tuple[tuple[str, str, str], ...]:
        return tuple((w.lower, w.lemma, w.cls) for w in self.words)


@dataclass(frozen=True)
class Match:
    """A theme's score for a text and the words that produced it."""

    theme: str
    score: float
    terms: tuple[str, ...]


class ThemeMatcher:
    """Scores word sequences against the themes (built once per run)."""

    def __init__(self, themes: Sequence[Theme]) -> None:
        self.themes = list(themes)
        raw = _all_terms(self.themes)
        described = _described(self.themes)
        self.terms = {
            tid: [term for term in terms if _unique(term, tid, raw, described)]
            for tid, terms in raw.items()
        }
        self.title_words = {tid: [w for t in terms if t.origin == "title" for w in t.words]
                            for tid, terms in raw.items()}
        self.vocabulary = {
            tid: frozenset({f for t in terms for w in t.words for f in (w.lemma, w.lower)}
                           | described[tid])
            for tid, terms in raw.items()
        }
        """Each theme's own words (lemmas and lowercase forms): its title's and keywords'
        words and its description's nouns, verbs and adjectives."""
        self._order = {t.id: i for i, t in enumerate(self.themes)}
        self._scored: dict[tuple[tuple[Word, ...], bool], tuple[Match, ...]] = {}
        """``scores`` of each word sequence already scored: a sentence is scored for its
        facts, each of its questions and its placement, two times in three a repeat."""
        self._index: dict[tuple[str, ...], list[tuple[str, Term]]] = {}
        self._family: dict[tuple[str, ...], list[tuple[str, Term]]] = {}
        for theme_id, terms in self.terms.items():
            for term in terms:  # in the themes' order, so matches list in a stable order
                for key in _keys(term.words[0]):
                    self._index.setdefault(key, []).append((theme_id, term))
                if term.origin != "title word":  # "sexual" alone is not "sex" of the title
                    for key in _family_keys(term.words[0]):
                        self._family.setdefault(key, []).append((theme_id, term))

    def prefixes(self) -> frozenset[str]:
        """The first four letters of every form of every term word: a sentence sharing none
        cannot match any theme (a cheap test before parsing)."""
        forms = {
            form
            for terms in self.terms.values()
            for term in terms
            for word in term.words
            for form in (word.lower, word.lemma, *_stems(word.lower))
        }
        return frozenset(f[:4] for f in forms) | frozenset(f"re{f[:2]}" for f in forms)

    def occurrences(self, words: Sequence[Word]) -> list[tuple[str, Term, int]]:
        """Every (theme, term, first word index) where a term's words occur in order."""
        found = []
        for i, word in enumerate(words):
            candidates = [c for key in _keys(word) for c in self._index.get(key, [])]
            for theme_id, term in dict.fromkeys(candidates):
                size = len(term.words)
                if i + size <= len(words) and all(
                    words[i + k].same(term.words[k]) for k in range(size)
                ):
                    found.append((theme_id, term, i))
        return found

    def single_terms(self, word: Word) -> list[tuple[str, Term]]:
        """The (theme, term) pairs of the one-word terms that ``word`` is (``Word.same``)."""
        candidates = [c for key in _keys(word) for c in self._index.get(key, [])]
        return [(theme_id, term) for theme_id, term in dict.fromkeys(candidates)
                if len(term.words) == 1 and word.same(term.words[0])]

    def variants(self, words: Sequence[Word]) -> list[tuple[str, Term, int]]:
        """Every (theme, term, first word index) where a term's words occur in order, each
        the same word or of its family, and at least one only of its family."""
        found = []
        for i, word in enumerate(words):
            candidates = [c for key in _family_keys(word) for c in self._family.get(key, [])]
            for theme_id, term in dict.fromkeys(candidates):
                size = len(term.words)
                if i + size > len(words):
                    continue
                pairs = [(words[i + k], term.words[k]) for k in range(size)]
                if all(a.same(b) or a.kin(b) for a, b in pairs) and not all(
                    a.same(b) for a, b in pairs
                ):
                    found.append((theme_id, term, i))
        return found

    def scores(self, words: Sequence[Word], family: bool = True) -> list[Match]:
        """Every theme with a positive score, best first (ties: order in curriculum.yaml).
        Exact matches count first, then (unless ``family`` is False) a term's word family
        (``VARIANT`` of its weight for each word met only as a variant)."""
        key = (tuple(words), family)
        found = self._scored.get(key)
        if found is None:
            found = self._scored[key] = tuple(self._scores(words, family))
        return list(found)

    def _scores(self, words: Sequence[Word], family: bool) -> list[Match]:
        hits: dict[str, dict[Term, float]] = {}
        used: dict[str, set[Word]] = {}
        met = [(*o, False) for o in self.occurrences(words)]
        met += [(*o, True) for o in (self.variants(words) if family else [])]
        for theme_id, term, index, _variant in sorted(
            met, key=lambda o: (-len(o[1].words), o[3], -o[1].weight)  # longest first
        ):
            span = words[index : index + len(term.words)]
            if not _counts(span) or self._elsewhere(theme_id, span) or (
                len(span) == 1 and span[0].other_sense
            ):
                continue
            weight = _weight(term, span)
            seen = hits.setdefault(theme_id, {})
            if any(w in used.setdefault(theme_id, set()) for w in span):
                continue  # one word counts once per theme ("victims": keyword or title word)
            used[theme_id].update(span)
            seen[term] = max(seen.get(term, 0.0), weight)
        found = [
            Match(tid, round(sum(terms.values()), 3), tuple(t.text for t in terms))
            for tid, terms in hits.items()
        ]
        return sorted(found, key=lambda m: (-m.score, self._order[m.theme]))

    def _elsewhere(self, theme_id: str, span: Sequence[Word]) -> bool:
        """A one-word term met as a verb acting on a noun that is none of the theme's
        words (its title, keywords, description): "identify the starting point" or "the
        child's needs" is no victim identification; "identify the children", "victims
        were identified" are. The act is the theme's only when done to its subject."""
        word = span[0]
        return (len(span) == 1 and word.verbal and bool(word.acts_on)
                and word.acts_on not in self.vocabulary.get(theme_id, frozenset()))

    def assign(self, words: Sequence[Word], family: bool = True) -> list[Match]:
        """The themes ``words`` belong to (maybe none)."""
        found = self.scores(words, family)
        if not found or found[0].score < THRESHOLD:
            return []
        best = found[0].score
        return [m for m in found if m.score >= THRESHOLD and m.score >= RELATIVE * best]

    def in_title(self, theme_id: str, words: Sequence[Word]) -> bool:
        """True when every content word of ``words`` is in the theme's title (a giveaway)."""
        title = self.title_words.get(theme_id, [])
        content = [w for w in words if w.lower not in _SMALL]
        return bool(content) and all(any(w.same(t) for t in title) for w in content)


_SMALL_TEXT = "a an the of and or in on for to against with by"
_SMALL = frozenset(_SMALL_TEXT.split())


def _action(term: Term, span: Sequence[Word]) -> bool:
    """A one-word term met only as another form of a verb ("identified" for "identify",
    "travel" for "travelling"): an action, a weak topic signal, so it counts half."""
    return len(span) == 1 and span[0].verbal and span[0].lower != term.words[0].lower


ASIDE = 0.5
"""The share of its weight a one-word term keeps when it only narrows or grades what the
sentence is about (``Word.aside``, ``Word.graded``); twice so, a quarter."""


def _weight(term: Term, span: Sequence[Word]) -> float:
    """What a term met as ``span`` weighs: half as a verb's other form (``_action``), less
    for words met only as their family (``_variant_weight``), and, for one word, less
    inside a condition, a relative clause or a restriction, or as one of coordinated
    adjectives: "serious" in "where a child faces a risk of serious injury" grades the
    risk; the sentence is about what the main clause says. A phrase of two or more words
    keeps its weight: it names a topic wherever it stands."""
    weight = term.weight / 2 if _action(term, span) else term.weight
    weight = min(weight, _variant_weight(term, span))
    if len(span) == 1:
        weight *= (ASIDE if span[0].aside else 1.0) * (ASIDE if span[0].graded else 1.0)
    return weight


def _variant_weight(term: Term, span: Sequence[Word]) -> float:
    """A term's weight with ``VARIANT`` of each word's share kept when the word is only of
    the term word's family ("sexual offenders" for "sex offender": 0.75 of it)."""
    pairs = list(zip(span, term.words, strict=True))
    own = sum(1.0 if a.same(b) else VARIANT for a, b in pairs)
    return term.weight * own / len(pairs)


def _counts(span: Sequence[Word]) -> bool:
    """Words inside a name or address count only when the term is the whole name."""
    if not any(w.masked for w in span):
        return True
    names = {w.name for w in span}
    if len(names) != 1 or None in names:
        return False
    name = names.pop()
    assert name is not None
    return span[0].start <= name[0] + 4 and span[-1].end >= name[1]


def _described(themes: Sequence[Theme]) -> dict[str, frozenset[str]]:
    """The lemmas of each theme's description's nouns, verbs and adjectives."""
    docs = nlp.parse([t.description or "" for t in themes])
    return {
        theme.id: frozenset(t.lemma_.lower() for t in doc
                            if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"))
        for theme, doc in zip(themes, docs, strict=True)
    }


def _all_terms(themes: Sequence[Theme]) -> dict[str, list[Term]]:
    texts = [t.title for t in themes] + [k for t in themes for k in t.keywords]
    parsed = dict(zip(texts, nlp.parse(texts), strict=True))
    return {t.id: _terms(t, parsed) for t in themes}


def _term_words(doc: Any) -> tuple[Word, ...]:
    return tuple(
        Word(t.lower_, t.lemma_.lower(), _CLASSES.get(t.pos_, "o"), t.idx, t.idx + len(t))
        for t in doc
        if not t.is_punct and not t.is_space
    )


def _terms(theme: Theme, parsed: dict[str, Any]) -> list[Term]:
    title = _term_words(parsed[theme.title])
    terms = [Term(title, 3.0, "title", theme.title)]
    for keyword in theme.keywords:
        words = _term_words(parsed[keyword])
        if words:
            terms.append(Term(words, 1.0 + 0.5 * (len(words) - 1), "keyword", keyword))
    for token in parsed[theme.title]:
        if token.is_alpha and not token.is_stop:
            word = _term_words(token.doc[token.i : token.i + 1])
            terms.append(Term(word, 0.5, "title word", token.lower_))
    unique: dict[tuple[tuple[str, str, str], ...], Term] = {}
    for term in terms:
        key = term.key()
        if key not in unique or unique[key].weight < term.weight:
            unique[key] = term
    return list(unique.values())


def _unique(
    term: Term,
    theme_id: str,
    all_terms: dict[str, list[Term]],
    described: dict[str, frozenset[str]],
) -> bool:
    """A term counts only if no other theme has it (single words: anywhere in a term); a
    single word of a theme's title also only if no other theme's description has it:
    "victim" of "Child victim identification" is also the "child victims and witnesses in
    proceedings" of serious and violent crime, so a bare "victims" says neither."""
    for other, terms in all_terms.items():
        if other == theme_id:
            continue
        if term.origin == "title word" and term.words[0].lemma in described.get(other, ()):
            return False
        for candidate in terms:
            if _same_words(candidate.words, term.words):
                return False
            if len(term.words) == 1 and any(term.words[0].same(w) for w in candidate.words):
                return False
    return True


def _same_words(a: Sequence[Word], b: Sequence[Word]) -> bool:
    return len(a) == len(b) and all(x.same(y) for x, y in zip(a, b, strict=True))
