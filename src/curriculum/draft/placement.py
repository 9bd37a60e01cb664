"""Which theme a question goes to: its words, the themes' descriptions, and its document.

A question's sentence rarely names its theme in the author's keywords ("Investigators
identified 312 suspects in 19 countries"), and a keyword can mislead on its own ("a
further serious sexual or violent offence" by registered offenders is offender
management, not serious and violent crime). So each theme gets a score from three
things (four for a rule), names and addresses masked as in ``themes.py``:

- the keyword and title terms the sentence holds (``ThemeMatcher.scores``), and half
  the weight of keyword phrases of two or more words met inside a name;
- the content lemmas (nouns and adjectives) it shares with the theme's ``description`` in
  ``curriculum.yaml`` (``DESCRIPTION_WEIGHT`` each, twice in the main clause's subject,
  which says what the sentence is about; at most ``DESCRIPTION_CAP``; a lemma in two
  descriptions says nothing);
- the theme's share of the whole document's theme matches (``DOCUMENT_WEIGHT`` times
  the share): a sentence of a release about an online operation is read in that light.

A question that asks a rule (a duty under "must", "may only", "is required"; a time
limit, a definition, an ordered procedure) adds what its document and its section are
about: the theme terms of the document's title and the headings above its first text
(``TITLE_WEIGHT``) and of the heading it
stands under (``HEADING_WEIGHT``; together at most ``TOPIC_CAP``), read as plain words
(a title is in Title Case, not a name). A rule rarely repeats its field: a duty in a
"Policy on the Management of Registered Sexual Offenders" is offender management even
when it names only "the unit" and "a breach". Events and figures are placed by their own
words, as before. A one-word keyword inside a condition, a relative clause or a
participle's restriction ("officers who find a possible child victim", "where a child
faces a risk of serious injury", "restricting internet use") narrows or grades what the
sentence is about and counts half (``themes.ASIDE``), and so do the description nouns
there: the main clause says what the sentence is about.

A sentence whose main clause's own nouns point to another theme (``_elsewhere``) is not
placed by its title, heading or document share: those say what the document is about.

The best theme must reach ``THRESHOLD``, lead the runner-up by ``MARGIN`` (or, of themes
within it, be the one the sentence's section or document names: ``_tie_break``), and owe at
least ``OWN`` to the question's own words (a rule's with its title and heading) unless the
document is mostly about it; otherwise the question fits no theme and goes to the audit,
with the scores, for the author. A fill-in answer that is itself a theme's term (a
keyword phrase) decides first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from curriculum.draft import nlp
from curriculum.draft.analysis import Analysis
from curriculum.draft.banner import banner_title
from curriculum.draft.defined import defined_term
from curriculum.draft.guidance import continues_lead
from curriculum.draft.levels import SCALE_STEM
from curriculum.draft.lines import Block
from curriculum.draft.neighbour import WEIGHT as NEIGHBOUR
from curriculum.draft.neighbour import neighbour_themes
from curriculum.draft.opening import opening_scores
from curriculum.draft.paperwork import own_paperwork
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.referents import spelled_out
from curriculum.draft.senses import other_sense_weight
from curriculum.draft.sentences import Sentence
from curriculum.draft.subjects import other_subjects
from curriculum.draft.themes import (
    ASIDE,
    Match,
    ThemeMatcher,
    Word,
    kin,
    parse_ahead,
    text_words,
)

THRESHOLD = 1.0
MARGIN = 0.5
DESCRIPTION_WEIGHT = 0.4
DESCRIPTION_CAP = 1.2
DOCUMENT_WEIGHT = 1.5
OWN = 0.8
"""The sentence itself must give its theme this much, unless the document is mostly
(``DOMINANT`` of its theme matches) about that theme."""
DOMINANT = 0.8
DOMINANT_MIN = 2
"""...and the sentences (the title counting as one) that give it those matches must be at
least this many: one sentence naming "travelling sex offenders" in a commentary on a model
law makes it 100% of that document's matches, not what the document is about."""
TITLE_WEIGHT = 1.0
HEADING_WEIGHT = 0.6
"""The share of the document title's and the section heading's own theme score that a
sentence inherits (together at most ``TOPIC_CAP``)."""
TOPIC_CAP = 1.5
MAINLY = 0.5
"""The share of the document's theme matches that makes it mainly about a theme, for an
event or a figure that names none clearly to take that theme from its title."""
TOPIC_MIN = 0.75
"""The least the title and heading must say of a theme for it to be the topic of a sentence
that names none clearly: more than one word of a theme's title ("management" in "Records
Management Policy"), as much as a keyword phrase met as its word family ("Sexual
Reoffending Risk")."""
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


def place(q: DraftQuestion, matcher: ThemeMatcher) -> tuple[str | None, str]:
    """The question's theme (or None) and a short account of the decision."""
    theme, account = _place(q, matcher)
    if theme is None:
        leaning = _child_age_theme(q, matcher)
        if leaning is not None:
            return leaning, (f"{account}; but it gives the age below which a person is a "
                             f"child in law, which every theme uses: it goes where the "
                             f"document leans ({leaning})")
    return theme, account


CHILD_TERMS = frozenset({"child", "minor"})
"""Terms whose legal age every theme of a curriculum on crimes against children uses."""


def _child_age_theme(q: DraftQuestion, matcher: ThemeMatcher) -> str | None:
    """The theme the sentence and its document lean to most, when the question's sentence
    defines who is a child by an age ("Article 1 defines a child as any person below 18",
    '"minor" means a person under 18'): the threshold every offence against a child turns
    on, so it belongs in a module whether or not its words name one (blind sets 28 and 29:
    a reading list, an amicus brief and a constitution each gave it and kept it in the
    audit). None when no theme scores at all: a document with no theme words at all says
    nothing of where it goes."""
    if not defines_child_age(q.sentence):
        return None
    own = sentence_scores(q.analysis, q, matcher)
    shares = document_shares(q.analysis, matcher)
    scores = {t: v + DOCUMENT_WEIGHT * shares.get(t, 0.0) for t, v in own.items()}
    ranked = sorted(scores.items(), key=lambda s: (-s[1], _order(matcher, s[0])))
    return ranked[0][0] if ranked and ranked[0][1] > 0 else None


def defines_child_age(sentence: Sentence) -> bool:
    """A figure of ``sentence`` bounds a definition of a child or a minor (``defined.py``)."""
    parsed = sentence.parsed
    if parsed is None:
        return False
    for token in parsed:
        if not token.like_num:
            continue
        term = defined_term(token)
        if term is not None and term.lemma_.lower() in CHILD_TERMS:
            return True
    return False


def _place(q: DraftQuestion, matcher: ThemeMatcher) -> tuple[str | None, str]:
    """``place`` before a child's legal age is given a theme of its own."""
    analysis = q.analysis
    if q.answers:
        found = matcher.assign(analysis.words_in(q.sentence, [q.key]))
        if found:
            return found[0].theme, f"the answer is a term of {found[0].theme}"
    rule = states_rule(q)
    named = matcher.assign(_own_words(analysis, q))
    clear = clearly_names(named)
    own = sentence_scores(analysis, q, matcher)
    if not matcher.scores(_own_words(analysis, q)):  # no theme words: its neighbour's help
        for theme_id in neighbour_themes(analysis, q.sentence, matcher):
            own[theme_id] = round(own[theme_id] + NEIGHBOUR, 3)
    content = described_scores(_own_words(analysis, q), q, matcher, strict=True)
    paperwork = "" if clear else own_paperwork(analysis, q.sentence, matcher)
    if paperwork:  # its document's theme is not its own (``paperwork.py``)
        return None, (f"its own words name no theme, and it is about the document's own "
                      f"paperwork ('{paperwork}'), not a theme's matter")
    if not clear:
        topic = topic_theme(analysis, heading_of(analysis, q.sentence), matcher,
                            above(analysis, q.sentence))
        if (topic is not None and (rule or topic[1] in _HEADINGS
                                   or _mainly(analysis, matcher, topic[0]))
                and _elsewhere(content, topic[0]) is None):
            return topic[0], (f"its own words name no theme clearly; the document's {topic[1]} "
                              f"names {topic[0]}")
    if rule:
        said = topic_scores(analysis, heading_of(analysis, q.sentence), matcher)
        if clear:  # context, never an override: it weighs only among the themes named
            said = {t: v for t, v in said.items() if t in {m.theme for m in named}}
        own = {t: round(v + said.get(t, 0.0), 3) for t, v in own.items()}
    shares = document_shares(analysis, matcher)
    scores = {t: round(v + DOCUMENT_WEIGHT * shares.get(t, 0.0), 3) for t, v in own.items()}
    ranked = sorted(scores.items(), key=lambda s: (-s[1], _order(matcher, s[0])))
    account = ", ".join(f"{t} {v:.2f}" for t, v in ranked[:3] if v > 0) or "no theme words"
    if not ranked or ranked[0][1] < THRESHOLD:
        return None, f"no theme reaches {THRESHOLD} ({account})"
    best = ranked[0][0]
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        tied = [t for t, v in ranked if ranked[0][1] - v < MARGIN]
        decided = _tie_break(analysis, q.sentence, matcher, tied)
        tie = f"no theme leads by {MARGIN} ({account})"
        if decided is None:
            return None, tie
        best, where = decided
        if _held(analysis, matcher, q, best, own, content, rule, account) is not None:
            return None, tie
        return best, f"{account}; of the themes within {MARGIN}, {where} names {best}"
    held = _held(analysis, matcher, q, best, own, content, rule, account)
    return (None, held) if held is not None else (best, account)


def _held(
    analysis: Analysis,
    matcher: ThemeMatcher,
    q: DraftQuestion,
    best: str,
    own: dict[str, float],
    content: dict[str, float],
    rule: bool,
    account: str,
) -> str | None:
    """Why the best theme may not take the question after all, or None: the sentence's own
    words point elsewhere, or say too little of it in a document not mainly about it."""
    other = _elsewhere(content, best)
    if other is not None and own[best] < OWN:
        return (f"its own words point to {other} ({content[other]:.2f}), the document to "
                f"{best} ({account})")
    if own[best] < OWN and not _dominant(analysis, matcher, best):
        where = "the rule and its title and heading say" if rule else "the sentence itself says"
        return (f"{where} little of {best} ({own[best]:.2f}) and the document is not "
                f"mainly about it ({account})")
    if own[best] < OWN and _other_sections(analysis, matcher, best, q.sentence):
        return (f"its own words, title and section name no theme, and the document's "
                f"sections are of more than {best} ({account})")
    if own[best] < OWN and _other_subject(analysis, matcher, best, q.sentence):
        return (f"its own words and section name no theme, and the document's title joins "
                f"{best} with another subject ({account})")
    return None


def _other_subject(
    analysis: Analysis, matcher: ThemeMatcher, theme: str, sentence: Sentence
) -> bool:
    """The document's title joins ``theme``'s subject with another (``two_subjects``) and
    no heading over ``sentence`` names ``theme``: the document's share of ``theme`` is
    the share of one of its two subjects, so it does not place a sentence of a section
    that may be on the other (a consultation on a reporting duty and on notification
    periods is mostly about notification by its words, not in its reporting section)."""
    chain = [heading_of(analysis, sentence), *above(analysis, sentence)]
    return two_subjects(analysis, theme, matcher) and not _heading_names(theme, chain, matcher)


def _tie_break(
    analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher, tied: list[str]
) -> tuple[str, str] | None:
    """The one of two or more nearly tied themes (within ``MARGIN`` of the best) that the
    sentence's context names: its section heading chain or the document's title
    (``topic_theme``). Not what the document is mainly about: its share is already in the
    scores, and a hotline's table row on material hosted abroad is not victim
    identification because most of the hotline's rules are. A sentence can be about two
    themes at once ("An interim order against an adult who
    exploits a child must be reviewed within 14 days": offender management and serious
    crime); the section or document it stands in says which module it is taught in,
    rather than leaving a sound fact in no module. None when the context names none of
    them."""
    topic = topic_theme(analysis, heading_of(analysis, sentence), matcher,
                        above(analysis, sentence))
    if topic is not None and topic[0] in tied:
        return topic[0], f"the document's {topic[1]}"
    return None


def _other_sections(
    analysis: Analysis, matcher: ThemeMatcher, theme: str, sentence: Sentence
) -> bool:
    """The document's section headings name a theme other than ``theme`` while none of
    the headings over ``sentence`` names any: a statute whose offence sections are headed
    "Solicitation of a child" and "Sexual extortion" and whose last part is on
    notification is not about notification in its interpretation section, however many
    of its sentences name it. Its share places a sentence only in a section its headings
    leave open, when its sections are all of that theme or of none."""
    chain = [heading_of(analysis, sentence), *above(analysis, sentence)]
    if any(matcher.assign(heading_words(h)) for h in chain if h.strip()):
        return False
    named = {m.theme for h in section_headings(analysis) for m in matcher.assign(heading_words(h))}
    return bool(named - {theme})



def _elsewhere(own: dict[str, float], theme: str) -> str | None:
    """The theme other than ``theme`` that the sentence's own words point to, by at least
    ``OWN`` and ``MARGIN`` ahead of ``theme``, if any: its main clause's nouns of a theme's
    description ("Breach of the order carries a maximum penalty of 5 years" names a
    breach of an offender's order). The document's title or share then says what the
    document is about, not what this sentence is: it is placed by its own words or fits
    no theme."""
    ranked = sorted(((v, t) for t, v in own.items() if t != theme), reverse=True)
    if ranked and ranked[0][0] >= OWN and ranked[0][0] >= own.get(theme, 0.0) + MARGIN:
        return ranked[0][1]
    return None


def _order(matcher: ThemeMatcher, theme_id: str) -> int:
    return [t.id for t in matcher.themes].index(theme_id)


def sentence_scores(
    analysis: Analysis, q: DraftQuestion, matcher: ThemeMatcher
) -> dict[str, float]:
    """What the sentence itself says: keyword terms, named terms, description nouns (a list
    item's with the lead-in it goes on from, which the stem shows)."""
    words = _own_words(analysis, q)
    scores = {t.id: 0.0 for t in matcher.themes}
    for match in matcher.scores(words):
        scores[match.theme] += match.score
    for theme_id, weight in named_terms(words, matcher):
        scores[theme_id] += weight
    for theme_id, weight in described_scores(words, q, matcher).items():
        scores[theme_id] += weight
    return {t: round(v, 3) for t, v in scores.items()}


def described_scores(
    words: list[Word], q: DraftQuestion, matcher: ThemeMatcher, strict: bool = False
) -> dict[str, float]:
    """What the sentence's nouns and adjectives share with each theme's description
    (``DESCRIPTION_WEIGHT`` each, at most ``DESCRIPTION_CAP``): its subject twice, a word in
    a condition, a relative clause or a restriction half, words of theme terms not at all.
    ``strict``: what the main clause is about only: a word in a condition, a relative
    clause or a restriction does not count, and only the subject's head noun (with its
    compounds) counts twice ("the referring agency" deep in a subject is not its topic),
    and not when it is the only word the sentence shares with that description: one
    common noun ("evidence", "breach") is no topic of its own ("A child's evidence should
    be completed within one court day" is not about "the evidence on recidivism", nor "Any
    personal data breach is reported within 24 hours" about an offender's breach of an
    order), while "Breach of the order ..." shares two. In the strict reading initials the
    document spells out say what kind of thing they name, and count: "Breach of an SHPO"
    names the breach of an order ("Sexual Harm Prevention Order (SHPO)"). A name written
    out is not read so: "a Yellow Notice" is a missing person's notice, not the "INTERPOL
    Notices" of offender management's description."""
    scores = {t.id: 0.0 for t in matcher.themes}
    described = description_lemmas(
        tuple((t.id, t.description or "", t.title) for t in matcher.themes)
    )
    matched = {i + k for _, term, i in matcher.occurrences(words) for k in range(len(term.words))}
    content = [(i, w) for i, w in enumerate(words)
               if not w.masked and w.cls in ("n", "a") and i not in matched]
    lemmas = {w.lemma for _, w in content if not w.aside}
    aside = {w.lemma for _, w in content if w.aside} - lemmas  # a condition's nouns: half
    aside = set() if strict else aside
    if strict:  # what "an SHPO" is: an order
        lemmas |= _kinds_of_initials(words, q)
    subject = _subject_offsets(q, head=strict)
    topic = {w.lemma for w in words if w.start in subject and not w.masked and w.cls in ("n", "a")}
    for theme_id, vocabulary in described.items():
        shared = (len(lemmas & vocabulary) + ASIDE * len(aside & vocabulary)
                  + len(topic & vocabulary))  # the subject twice
        if strict and len((lemmas | aside) & vocabulary) < 2:
            shared = min(shared, 1)  # one shared noun, even the subject, is no topic
        scores[theme_id] += min(DESCRIPTION_CAP, DESCRIPTION_WEIGHT * shared)
    return scores


def _kinds_of_initials(words: list[Word], q: DraftQuestion) -> set[str]:
    """The last word of what each set of initials in ``words`` stands for, where the
    document spells it out ("SHPO": "Sexual Harm Prevention Order" -> "order"), in the
    main clause: what kind of thing the initials name."""
    spelled = {short.lower(): long for short, (long, _) in spelled_out(q.analysis).items()}
    out = set()
    for word in words:
        long = spelled.get(word.lower)
        if long is None or word.aside or not long.split():
            continue
        last = long.split()[-1].lower()
        out.add(last[:-1] if last.endswith("s") and len(last) > 3 else last)
    return out


def _own_words(analysis: Analysis, q: DraftQuestion) -> list[Word]:
    """The words of the question's sentence (a list item's with the lead-in it goes on
    from, when the stem shows it, and its run-in label)."""
    words = analysis.words.get(q.sentence.index, [])
    lead = q.sentence.lead
    if lead is not None and q.carried is not None and q.carried.start == lead.start:
        words = analysis.words.get(lead.index, []) + words
    return q.sentence.label_words + words  # a step's name: "**Trafficking.** Treat ..."


def clearly_names(matches: list[Match]) -> bool:
    """Some theme is named by more than a bare word: a term of two or more words (a
    keyword phrase, the title, their word families) or two different terms. One common
    word that two fields use ("a stranger victim" in a risk tool, "online" in a register's
    rules) does not outweigh what the document is about."""
    return any(
        m.score >= THRESHOLD and (len(m.terms) >= 2 or any(" " in t for t in m.terms))
        for m in matches
    )


def context_theme(
    analysis: Analysis, sentence: Sentence, matcher: ThemeMatcher
) -> list[Match]:
    """The theme of a sentence whose own words name none clearly (``clearly_names``):
    the one its section heading or its document's title names (``topic_theme``), as for
    a question (an FAQ's "Do not pay" under "What should I do if my child is threatened
    online?"; "The score does not decide guilt" in a manual on sexual reoffending risk).
    A sentence that states no rule takes it only when the document is mainly about that
    theme (``_mainly``)."""
    if clearly_names(analysis.themes.get(sentence.index, [])):
        return []
    if own_paperwork(analysis, sentence, matcher):  # the document's own: no theme's matter
        return []
    topic = topic_theme(analysis, heading_of(analysis, sentence), matcher,
                        above(analysis, sentence))
    if topic is None or not (rule_sentence(sentence) or topic[1] in _HEADINGS
                             or _mainly(analysis, matcher, topic[0])):
        return []
    theme, where = topic
    return [Match(theme, THRESHOLD, (f"(none clearly: placed by the document's {where})",))]


_HEADINGS = ("section heading", "heading above its section")
"""What places any sentence that names no theme clearly, a rule or not: its own section."""


def topic_theme(
    analysis: Analysis, heading: str, matcher: ThemeMatcher, higher: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The theme a section is about, and what says so: its heading chain, nearest first
    (the sentence's own heading, then the ``higher`` headings it stands under: "Offences
    involving electronic communications" over "4. Solicitation of a child"), the first
    that names a theme clearly (``clearly_names``) or by one term that the title does not
    contradict (``_agrees``); else the document's title (with the headings
    above its first text) when it names one theme by at least ``TOPIC_MIN`` and leads by
    ``MARGIN``, else the title and heading together (``topic_scores``) by as much. A
    heading's bare word ("Item 4: Any stranger victim") does not outweigh the title ("...
    Sexual Reoffending Risk"); a title that names two themes ("Online grooming and
    offender travel") gives way to the heading that names one."""
    title = document_title(analysis)
    for rank, text in enumerate([heading, *higher]):
        if not text.strip():
            continue
        named = matcher.assign(heading_words(text.strip()))
        if named and _leads(named) and (
            clearly_names(named) or _agrees(title, named[0].theme, matcher)
        ):
            if joins_another(analysis, text.strip(), named[0].theme, matcher):
                continue  # its section may be on the other subject: the next heading up says
            return named[0].theme, _HEADINGS[min(rank, 1)]
    if title:
        best = _clear_best(title_scores(title, matcher), matcher)
        if best is not None and (not two_subjects(analysis, best, matcher)
                                 or _heading_names(best, [heading, *higher], matcher)):
            return best, "title"
    if not title or not title_scores(title, matcher):  # a title that says only what the
        best = _clear_best(opening_scores(analysis, matcher), matcher)  # text is: its opening says
        if best is not None:  # what it is about (``opening.py``)
            return best, "opening"
    best = _clear_best(topic_scores(analysis, heading, matcher), matcher)
    return (best, "title and section heading") if best is not None else None


def two_subjects(analysis: Analysis, theme: str, matcher: ThemeMatcher) -> bool:
    """The document's title joins a subject that ``theme`` names with another that names
    no theme ("Mandatory Reporting of Child Sexual Abuse and Offender Notification
    Periods", ``subjects.py``) and that no sentence naming ``theme`` clearly speaks of: it
    says what the document covers, not what a sentence under a heading that names no theme
    is about (the reporting duty, national crime statistics). A subject the document's
    sentences on ``theme`` speak of ("a registered sex offender, or the subject of an
    international alert") is part of the theme's matter: "Travelling Registered Sex
    Offenders and International Alerts at the Border" is one topic. Read once per theme
    (``Analysis.two_subjects``): every sentence a title places asks, and each read scans
    the whole text."""
    if theme not in analysis.two_subjects:
        analysis.two_subjects[theme] = _two_subjects(analysis, theme, matcher)
    return analysis.two_subjects[theme]


def _two_subjects(analysis: Analysis, theme: str, matcher: ThemeMatcher) -> bool:
    title = document_title(analysis)
    return bool(title) and _joins_other(analysis, title, theme, matcher)


def joins_another(analysis: Analysis, heading: str, theme: str, matcher: ThemeMatcher) -> bool:
    """A section heading joins ``theme``'s subject with another that names no theme, as a
    title may (``two_subjects``): "Recommendation 11 - International cooperation and victim
    identification" heads a section on both, so a sentence under it that names no theme
    clearly ("requests for expedited preservation of data took on average 9 days") is not
    thereby victim identification (blind review 40, b6: X, 9, "placed in victim
    identification by a heading"); the next heading up, or the title, says what it is
    about. Read once per heading and theme (``Analysis.heading_subjects``)."""
    key = (heading, theme)
    if key not in analysis.heading_subjects:
        analysis.heading_subjects[key] = _joins_other(analysis, heading, theme, matcher)
    return analysis.heading_subjects[key]


def _joins_other(analysis: Analysis, text: str, theme: str, matcher: ThemeMatcher) -> bool:
    """``text`` (a title or a heading) joins ``theme``'s subject with another subject
    (``subjects.other_subjects``) that no sentence naming ``theme`` speaks of and the
    document does not define by ``theme``'s matter."""
    described = description_lemmas(
        tuple((t.id, t.description or "", t.title) for t in matcher.themes)
    ).get(theme, frozenset())
    plain = _heading_text(text)
    heads = other_subjects(plain, theme, lambda part: heading_scores(part, matcher), described)
    rows = text == document_title(analysis)  # a heading: a table row may repeat it
    return any(not _spoken_with(analysis, theme, head, rows)
               and not defined_by(analysis, theme, head, matcher) for head in heads)


def _spoken_with(analysis: Analysis, theme: str, head: str, rows: bool = True) -> bool:
    """Some sentence that names ``theme`` clearly also holds ``head`` (or a word of its
    family): the two subjects are one matter. The sentence's own words, met exactly
    (``exact_themes``: never a theme it took from its title or section). Not ``rows``: a
    table row is no such sentence, for a heading a ratings or contents table repeats in a
    cell ("R.11 | International cooperation and victim identification | LC") joins the
    two again, as its heading does, and says nothing of them as one matter."""
    for sentence in analysis.kept():
        if not rows and sentence.kind == "row":
            continue
        matches = analysis.exact_themes.get(sentence.index, [])
        if clearly_names(matches) and any(m.theme == theme for m in matches) and any(
            head in (w.lower, w.lemma) or kin(w.lower, head)
            for w in analysis.words.get(sentence.index, [])
        ):
            return True
    return False


def defined_by(analysis: Analysis, theme: str, head: str, matcher: ThemeMatcher) -> bool:
    """The document defines the other subject by ``theme``'s matter: a sentence whose main
    verb is "mean" (or a passive "define") has ``head`` (or its singular) before the verb,
    in the term it defines, and a term of ``theme`` in what follows ('"ground rules
    hearing" means a hearing ... at which the judge gives directions on how a witness is
    to be questioned'). A procedure the document defines as one for the theme's subject is
    part of that subject's matter, though its name holds no theme word; a reporting duty
    the document never defines by the theme stays another subject."""
    heads = {head, head[:-1] if head.endswith("s") and len(head) > 3 else head}
    for sentence in analysis.kept():
        root = sentence.parsed[:].root if sentence.parsed is not None else None
        if root is None or root.lemma_.lower() not in _DEFINING:
            continue
        term = {t.lower_ for t in sentence.parsed if t.i < root.i}
        if not term & heads:
            continue
        after = [w for w in analysis.words.get(sentence.index, [])
                 if w.start >= sentence.start + root.idx + len(root.text)]
        if any(m.theme == theme for m in matcher.scores(after)):
            return True
    return False


_DEFINING = frozenset({"mean", "define"})


def _heading_names(theme: str, chain: Sequence[str], matcher: ThemeMatcher) -> bool:
    """Some heading of the sentence's chain holds a term of ``theme``: it agrees with the
    subject of a two-subject title that the theme names."""
    return any(heading_scores(h.strip(), matcher).get(theme, 0.0) > 0 for h in chain if h.strip())


def _agrees(title: str, theme: str, matcher: ThemeMatcher) -> bool:
    """A heading that names ``theme`` by one term ("Missing children: first report")
    places what stands under it when the title names no theme or the same one; a heading's
    one word does not outweigh a title that names another."""
    return _clear_best(title_scores(title, matcher), matcher) in (None, theme)


def _mainly(analysis: Analysis, matcher: ThemeMatcher, theme: str) -> bool:
    """The document is mainly about ``theme``: of its title and the sentences that name a
    theme clearly (``clearly_names``, word families included), the theme has the largest
    share and at least ``MAINLY``. An event or a figure takes its title's theme only then:
    in an annual report on offender management whose year was spent on online grooming,
    "The unit made 212 arrests" is not offender management; in a manual on reoffending
    risk whose items often say "victim", a bare "victim" is not victim identification."""
    shares = clear_shares(analysis, matcher)
    return shares.get(theme, 0.0) >= MAINLY and shares[theme] >= max(shares.values())


def clear_shares(analysis: Analysis, matcher: ThemeMatcher) -> dict[str, float]:
    """Each theme's share of the document's title and of the sentences whose own words
    name a theme clearly (once per document, before any sentence takes its title's theme)."""
    if analysis.clear_shares is None:
        title = document_title(analysis)
        totals = dict(title_scores(title, matcher)) if title else {}
        for sentence in analysis.kept():
            matches = analysis.themes.get(sentence.index, [])
            for match in matches if clearly_names(matches) else []:
                totals[match.theme] = totals.get(match.theme, 0.0) + match.score
        total = sum(totals.values())
        analysis.clear_shares = {t: v / total for t, v in totals.items()} if total else {}
    return analysis.clear_shares


def _leads(matches: list[Match]) -> bool:
    return len(matches) == 1 or matches[0].score - matches[1].score >= MARGIN


def _clear_best(scores: dict[str, float], matcher: ThemeMatcher) -> str | None:
    """The one theme a title or heading names: at least ``TOPIC_MIN``, ``MARGIN`` ahead,
    and no second theme named as well (at least ``TOPIC_MIN`` and half as much): "Online
    grooming and offender travel" names two, and a sentence under it that names neither
    is not sent to the first."""
    ranked = sorted(scores.items(), key=lambda s: (-s[1], _order(matcher, s[0])))
    if not ranked or ranked[0][1] < TOPIC_MIN:
        return None
    if (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN) or _names_two(scores):
        return None
    return ranked[0][0]


def _names_two(scores: dict[str, float]) -> bool:
    """A second theme is named as well: at least ``TOPIC_MIN`` and half the first's score."""
    ranked = sorted(scores.values(), reverse=True)
    return len(ranked) > 1 and ranked[1] >= max(TOPIC_MIN, ranked[0] / 2)


def lead_themes(analysis: Analysis, sentence: Sentence) -> list[Match]:
    """The themes of the lead-in a list item goes on from, when its own words name none."""
    if not continues_lead(sentence) or sentence.lead is None:
        return []
    return list(analysis.themes.get(sentence.lead.index, []))


def above(analysis: Analysis, sentence: Sentence) -> tuple[str, ...]:
    """The headings a sentence's section stands under, nearest first (its own heading
    left out): by Markdown or HTML level, so "### Galinor" under "## Notes by jurisdiction"
    has that one above it; none where the format has no levels."""
    found: tuple[str, ...] = ()
    for start, chain in sections(analysis):
        if start > sentence.start:
            break
        found = chain
    if found and found[0] == sentence.heading:
        return found[1:]
    return found if sentence.heading.strip() == "" else ()


def sections(analysis: Analysis) -> list[tuple[int, tuple[str, ...]]]:
    """Each heading's start offset and its chain of headings, nearest first, from its
    Markdown or HTML level (``_outranked``; built once; the headings above the first text
    are the title's)."""
    if analysis.sections is None:
        blocks = analysis.cleaned.blocks
        lead = next((i for i, b in enumerate(blocks) if b.kind != "heading"), len(blocks))
        title = " ".join((analysis.cleaned.title or "").lower().split())
        stack: list[tuple[int | None, str]] = []
        out = []
        for block in blocks[lead:]:
            if block.kind != "heading":
                continue
            level = _level(analysis, block)
            text = analysis.doc.display(block.start, block.end).strip()
            if title and title.startswith(" ".join(text.lower().split())):
                continue  # the title again, as the page's first heading
            while stack and _outranked(stack[-1][0], level):
                stack.pop()
            stack.append((level, text))
            out.append((block.start, tuple(t for _, t in reversed(stack))))
        analysis.sections = out
    return analysis.sections


def _outranked(upper: int | None, level: int | None) -> bool:
    """Whether a heading of ``level`` closes the section of the heading of ``upper``: one
    of the same or a higher level does; a heading of no known level (a bold line, "3.
    Sexual abuse of a child") closes only another such, and is closed by any marked one."""
    if level is None:
        return upper is None
    return upper is None or upper >= level


def heading_of(analysis: Analysis, sentence: Sentence) -> str:
    """The heading a rule stands under, with its list item's run-in label ("Commitments:
    Trafficking" for "**Trafficking.** Treat every child ..."): the step's name is the
    heading of its own few words (``items.py``)."""
    if sentence.label is None:
        return sentence.heading
    label = analysis.doc.display(*sentence.label)
    return f"{sentence.heading}: {label}" if sentence.heading.strip() else label


def topic_scores(analysis: Analysis, heading: str, matcher: ThemeMatcher) -> dict[str, float]:
    """What the document's title and the sentence's section heading say of each theme."""
    title = document_title(analysis)
    texts = [(title, TITLE_WEIGHT)] if title else []
    if title and _names_two(title_scores(title, matcher)):
        texts = []  # a title naming two themes says neither of a sentence (``_clear_best``)
    if heading.strip() and heading.strip() not in title:
        texts.append((heading.strip(), HEADING_WEIGHT))
    best = _clear_best(title_scores(title, matcher), matcher) if title else None
    lone = best is not None and two_subjects(analysis, best, matcher)
    out: dict[str, float] = {}
    for text, weight in texts:
        scored = title_scores(text, matcher) if text == title else heading_scores(text, matcher)
        for theme_id, value in scored.items():
            if lone and text == title and not _heading_names(theme_id, [heading], matcher):
                continue  # one of the title's two subjects: only where the heading agrees
            if text != title and joins_another(analysis, text, theme_id, matcher):
                continue  # one of the heading's two subjects: the rule may be the other's
            out[theme_id] = out.get(theme_id, 0.0) + weight * value
    return {t: round(min(TOPIC_CAP, v), 3) for t, v in out.items() if v > 0}


def document_title(analysis: Analysis) -> str:
    """The document's title with the headings above its first text (a subtitle says what
    the document is about as much as the title: "Guidance note for investigators of ..."),
    except a first section's heading: the one just over the first text, when it is of the
    same level as a heading further on ("## Missing children" over the first text, "##
    Court work" later), heads its own section only and never places the sentences of the
    others; a heading above it, with no text of its own, is a subtitle; and so is a
    header line's subject ("Subject: Handling of a report that a child was missing" under
    a title that names only the office that wrote the decision) (built once)."""
    if analysis.title is None:
        blocks = analysis.cleaned.blocks
        lead = next((i for i, b in enumerate(blocks) if b.kind != "heading"), len(blocks))
        later = {_level(analysis, b) for b in blocks[lead:] if b.kind == "heading"} - {None}
        heads = blocks[:lead]
        if heads and _level(analysis, heads[-1]) in later:
            heads = heads[:-1]
        parts = [(analysis.cleaned.title or "").strip()]
        parts[0] = banner_title(analysis) or parts[0]  # a rule line is no title (banner.py)
        parts += [analysis.doc.display(b.start, b.end).strip() for b in heads]
        parts.append(analysis.cleaned.subject)  # a letter's subject line says it too
        site = site_name(parts[0], analysis.doc.raw)
        if site:  # the publisher's site, in the title and its breadcrumb: a name, no topic
            parts = [p.replace(site, " ").strip(" -|\u2013\u2014>") for p in parts]
        analysis.title = ". ".join(dict.fromkeys(p for p in parts if p))
    return analysis.title


_SITE_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014]\s+(?=[^-|\u2013\u2014]+$)")


def site_name(title: str, raw: str) -> str:
    """The name of the site or publisher after a title's last dash or bar ("Child Sexual
    Offences Act 2024 - Valmorian Legislation Online"): two or more words, each
    capitalised, that the document shows again (its breadcrumb, its masthead), after a
    title of its own of three words or more. A name's words say who publishes, not what
    the document is about ("Legislation" is no topic of a statute's)."""
    parts = _SITE_SEPARATOR.split(title.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) < 3:
        return ""
    site = parts[1].strip()
    words = site.split()
    if len(words) < 2 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return ""
    return site if raw.count(site) >= 2 else ""


_LEVEL = re.compile(r"(?:^|\n)[ \t]*(#{1,6})[ \t]*$|<h([1-6])\b[^<>]*>\s*$", re.I)


def _level(analysis: Analysis, block: Block) -> int | None:
    """A heading's level as its markup says ("## " or ``<h2>`` just before its text), or
    None where the format has no levels (plain text)."""
    before = analysis.doc.raw[max(0, block.start - 80) : block.start]
    found = _LEVEL.search(before)
    if found is None:
        return None
    return len(found.group(1)) if found.group(1) else int(found.group(2))


_HEADING_CACHE: WeakKeyDictionary[ThemeMatcher, dict[str, dict[str, float]]] = WeakKeyDictionary()


def heading_scores(text: str, matcher: ThemeMatcher) -> dict[str, float]:
    """A title's or heading's theme terms, read in lower case so that Title Case is not
    taken for a name (once per text and matcher). Description words are left out: a
    heading is short, and one shared noun ("assessment", "referral") would decide."""
    cache = _HEADING_CACHE.setdefault(matcher, {})
    if text not in cache:
        words = heading_words(text)
        cache[text] = {m.theme: m.score for m in matcher.scores(words)}
    return cache[text]


def title_scores(title: str, matcher: ThemeMatcher) -> dict[str, float]:
    """What a document's title says of each theme: its theme terms (``heading_scores``);
    a title with none that holds ``DESCRIBED_MIN`` or more nouns or adjectives of one
    theme's description in separate phrases, and of no other's, names that theme at
    ``TOPIC_MIN``: a
    "Licence Conditions and Supervision Plan" is offender management ("licences and
    supervision"), though no keyword says so. The document is about what its title names;
    a rule under it rarely repeats its field. A section heading is not read so: one
    section's "Risk assessment" may be a missing child's."""
    scores = heading_scores(title, matcher)
    if scores:
        return scores
    described = description_lemmas(
        tuple((t.id, t.description or "", t.title) for t in matcher.themes)
    )
    words = heading_words(title)
    named = [t for t, vocabulary in described.items()
             if _described_phrases(words, vocabulary) >= DESCRIBED_MIN]
    if not named:
        named = _instrument_kind(title, described)
    return {named[0]: TOPIC_MIN} if len(named) == 1 else {}


def _instrument_kind(title: str, described: dict[str, frozenset[str]]) -> list[str]:
    """The themes whose description names the kind of instrument the title names (a
    "Sexual Harm Prevention Order" is an order, and "offenders' orders and their breach"
    are offender management's): a document that is itself such an instrument is about
    that theme, though its name's words are no topic (``_LAW_NAME``)."""
    kinds = {m.group("kind").lower().rstrip("s") for m in _LAW_NAME.finditer(title)}
    return [t for t, vocabulary in described.items() if kinds & vocabulary]


def _described_phrases(words: list[Word], vocabulary: frozenset[str]) -> int:
    """How many separate phrases of ``words`` hold a noun or adjective of ``vocabulary``:
    adjacent words count once, so "risk assessment" or "multi-agency" is one thing that many
    fields do, while "licence conditions and supervision" names two parts of one field; a
    word said twice ("Report to Prevent Future Deaths. REPORT TO PREVENT FUTURE DEATHS")
    is one."""
    phrases: list[set[str]] = []
    last = -2
    for i, word in enumerate(words):
        if word.cls in ("n", "a") and word.lemma in vocabulary:
            if i != last + 1:
                phrases.append(set())
            phrases[-1].add(word.lemma)
            last = i
    return min(len(phrases), len(set().union(*phrases)))


DESCRIBED_MIN = 2
"""Words of one theme's description a title needs to name that theme without its terms."""


def heading_words(text: str) -> list[Word]:
    """A title's or heading's words as theme terms, in lower case (Title Case is no name),
    each in full: a heading is all topic ("Guidance for officers handling missing
    children"), so no word of it merely narrows or grades another (``Word.aside``). The
    name of a law or a body in it (``_LAW_NAME``, ``_BODY_NAME``) is left out."""
    plain = _heading_text(text)
    return [replace(w, aside=False, graded=False) for w in text_words(plain) if not w.masked]


def _heading_text(text: str) -> str:
    """What ``heading_words`` parses: the heading without a law's or a body's name, in
    lower case."""
    return _BODY_NAME.sub(" ", _LAW_NAME.sub(" ", text)).lower()


_LAW_NAME = re.compile(
    r"(?:\b[A-Z][\w'\u2019-]*\s+(?:(?:of|and|the|for|on|in|to|against)\s+)*)+"
    r"(?P<kind>Act|Bill|Code|Regulations?|Convention|Protocol|Directive|Orders?)\b(?:\s+\d{4}\b)?"
)
"""The name of a law, a treaty or a court order in a title or heading ("Child Sexual
Offences Act 2024", "the Lanzarote Convention", "Sexual Harm Prevention Order"):
capitalised words ending in the instrument's kind. Its words name the instrument, not what
a section of it is about (a sexual offences Act also sets notification duties; an order
that prevents harm to children is not "prevention" of online crime), as words inside a
name are masked in a sentence (``themes.py``)."""


_BODY_KINDS = ("Team", "Unit", "Squad", "Hub", "Desk", "Department", "Division", "Directorate",
               "Command", "Bureau", "Branch", "Centre", "Center", "Office", "Agency", "Service")
_BODY_NAME = re.compile(
    r"(?:\b[A-Z][\w'\u2019-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,6}"
    r"(?P<kind>" + "|".join(k + "|" + k.upper() for k in _BODY_KINDS) + r")s?\b"
    r"(?![ \t]+[A-Z])(?:[ \t]*\([A-Z][A-Za-z&]{1,9}\))?"
)
"""The name of a body in a title or heading ("New Starter Induction Checklist: Online
Child Sexual Exploitation Team (OCSET)", a banner's "Serious Crime Directorate"): one to
six capitalised words (joined by "and" at most) ending in a kind of body, with its
initials after it; not one that a capitalised word goes on from ("Online Team Briefing"
is no name). Its words say whose document it is, not what it is about: a team's
induction workbook is no lesson on online exploitation because the team's name holds
"Online", and its rules for mentors and resits are the team's own (blind review 45, a2:
four drops, 7 and 9, "placed by the document's title"). Words inside a name are masked in
a sentence too (``themes.py``); a title reads its words in lower case, so the name is
taken out here. The document's own sentences still place it by what they say (its share
of each theme, ``document_shares``)."""


def states_rule(q: DraftQuestion) -> bool:
    """The question asks a rule, a definition or a procedure rather than an event or a
    figure: a time-limit, definition, glossary or ordering question, or a main verb under
    a modal ("must", "may only", "need not") or "require"/"oblige"/"prohibit". A rule
    rarely repeats the field it belongs to; the document that sets it says that."""
    carried = q.carried is not None and q.carried.rule  # an order's prohibition (context.py)
    scale = q.stem_rule == SCALE_STEM  # a grading table's row (``levels.py``)
    return q.rule in _RULE_KINDS or rule_sentence(q.sentence) or carried or scale


def rule_sentence(sentence: Sentence) -> bool:
    """The sentence states a rule: an instruction to the reader ("Do not ...",
    ``guidance.py``), or a main verb under a modal or "require"/"oblige"/"prohibit"."""
    if sentence.instruction:
        return True
    parsed = sentence.parsed
    if parsed is None:
        return False
    root = parsed[:].root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if verb.lemma_.lower() in _RULE_LEMMAS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in _RULE_MODALS for c in verb.children):
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _PENALTY for c in verb.children):
            return True  # "A person guilty of it is liable to imprisonment for ...": a penalty
    return False


_PENALTY = frozenset({"liable", "punishable"})


_RULE_KINDS = frozenset({"time-limit", "definition", "glossary", "ordering"})
"""Question kinds whose sentence is a rule, a definition or a procedure by construction."""
_RULE_MODALS = frozenset({"must", "shall", "should", "may", "need", "cannot", "ought"})
_RULE_LEMMAS = frozenset({"require", "oblige", "prohibit", "forbid"})


def _subject_offsets(q: DraftQuestion, head: bool = False) -> set[int]:
    """File offsets of the words of the main clause's subject: what the sentence is about
    (``head``: its head noun and the compounds before it only)."""
    parsed = q.sentence.parsed
    if parsed is None:
        return set()
    root = parsed[:].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head:
        return {q.sentence.start + t.idx for c in subjects
                for t in [c, *(k for k in c.children if k.dep_ == "compound")]}
    return {q.sentence.start + t.idx for c in subjects for t in c.subtree}


def named_terms(words: list[Word], matcher: ThemeMatcher) -> list[tuple[str, float]]:
    """Keyword phrases of two or more words inside a proper name count half: "the INTERPOL
    Victim Identification Task Force" is about victim identification, though a single
    word in a name ("Travel and Tourism Council") still says nothing."""
    out = []
    seen: set[tuple[str, int]] = set()
    for theme_id, term, index in matcher.occurrences(words):
        span = words[index : index + len(term.words)]
        inside = all(w.masked and w.name is not None for w in span)
        if len(span) >= 2 and term.origin == "keyword" and inside and (theme_id, index) not in seen:
            seen.add((theme_id, index))
            out.append((theme_id, term.weight / 2))
    return out


def _dominant(analysis: Analysis, matcher: ThemeMatcher, theme: str) -> bool:
    """The document is mostly about ``theme``: ``DOMINANT`` of its theme matches, from at
    least ``DOMINANT_MIN`` of its sentences (its title counting as one)."""
    if document_shares(analysis, matcher).get(theme, 0.0) < DOMINANT:
        return False
    if analysis.theme_support is None:
        title = document_title(analysis)
        named = title_scores(title, matcher) if title else {}
        support = {t: 1 for t, v in named.items() if v >= TOPIC_MIN}  # not one title word
        for heading in section_headings(analysis):
            for theme_id, value in heading_scores(heading, matcher).items():
                if value >= TOPIC_MIN:
                    support[theme_id] = support.get(theme_id, 0) + 1
        for sentence in analysis.kept():
            for match in analysis.exact_themes.get(sentence.index, []):
                support[match.theme] = support.get(match.theme, 0) + 1
        analysis.theme_support = support
    return analysis.theme_support.get(theme, 0) >= DOMINANT_MIN


def section_headings(analysis: Analysis) -> list[str]:
    """The document's section headings (the title's left out), each once. A side box's
    ("Related content", "Legislation and conventions" in a web page's ``<aside>``) titles
    the box, not a part of what the document is about (blind review 27a: a sidebar's list
    of laws made a guide for parents seem partly about offender legislation)."""
    boxes = analysis.doc.asides
    return list(dict.fromkeys(
        chain[0] for start, chain in sections(analysis)
        if not any(s <= start < e for s, e in boxes)))


def document_shares(analysis: Analysis, matcher: ThemeMatcher) -> dict[str, float]:
    """Each theme's share of all theme matches in the document's title, section headings
    and sentences (once per document): the title and each heading count as one sentence,
    so that a short guide whose every sentence names "a child victim" is still about the
    trafficking its title names, and a statute whose notification part names its theme on
    every line is not thereby about it when the headings of its offences name another. A
    theme's word used in another sense (``senses.py``) counts for no theme but stays in the
    whole: an employer's guide whose "online" is only "an online service" is not thereby
    about the one other theme its list of offences names."""
    if analysis.theme_shares is None:
        analysis.theme_shares = _shares(analysis, matcher)
    return analysis.theme_shares


def _shares(analysis: Analysis, matcher: ThemeMatcher) -> dict[str, float]:
    title = document_title(analysis)
    headings = section_headings(analysis)
    parse_ahead([_heading_text(h) for h in [title, *headings] if h])  # one batch, not one each
    totals = dict(title_scores(title, matcher)) if title else {}
    for heading in headings:
        for theme_id, value in heading_scores(heading, matcher).items():
            totals[theme_id] = totals.get(theme_id, 0.0) + value
    elsewhere = 0.0  # words in another sense (``senses.py``): matter of no theme
    for sentence in analysis.kept():
        for match in analysis.exact_themes.get(sentence.index, []):
            totals[match.theme] = totals.get(match.theme, 0.0) + match.score
        elsewhere += other_sense_weight(analysis.words.get(sentence.index, []), matcher)
    total = sum(totals.values()) + elsewhere
    return {t: v / total for t, v in totals.items()} if total else {}


@lru_cache(maxsize=8)
def description_lemmas(
    described: tuple[tuple[str, str, str], ...],
) -> dict[str, frozenset[str]]:
    """Content lemmas of each theme's description, less those two descriptions share and
    those of another theme's title: "victim" of "child victims and witnesses in
    proceedings" is also a word of "Child victim identification", so it says neither."""
    docs = nlp.parse([text for _, text, _ in described])
    titles = nlp.parse([title for _, _, title in described])
    raw = {tid: _content(doc) for (tid, _, _), doc in zip(described, docs, strict=True)}
    named = {tid: _content(doc) for (tid, _, _), doc in zip(described, titles, strict=True)}
    out = {}
    for theme_id, lemmas in raw.items():
        others = set().union(*(v for t, v in raw.items() if t != theme_id),
                             *(v for t, v in named.items() if t != theme_id))
        out[theme_id] = frozenset(lemmas - others)
    return out


def _content(doc: Any) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower() for t in doc
        if t.pos_ in _CONTENT and t.is_alpha and not t.is_stop and len(t.text) > 2
    )

