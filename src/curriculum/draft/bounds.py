"""Bounded figures: "within five years", "up to 24 hours", "at least 12,600", "16 or over".

A bound is not a value ("before 2010" and "after 30 days" are bounds too). "Most are
not reconvicted within five years" stays true with
"four"; "more than 440,000 images" stays true with "more than 400,000", and may be true
with "more than 880,000". So a question that changes a bounded figure cannot be keyed
for certain:

- a true/false statement on a bounded figure is only ever drafted *true* (the source's
  own words); a changed one is held back;
- a choice of figures is drafted only when the stem states a rule whose limit *is* the
  answer ("must tell the sender within ____ days": the limit itself is asked, and no
  other limit is the rule); a bound in a finding or a count is held back.

Which bounds a choice may ask, by kind (``bound_kind``):

- a *limit* on what someone must do ("within 30 days", "no later than", "up to five
  years' imprisonment", "at most", a notice period "at least 21 days before"): in a
  rule, the limit itself is the answer;
- a *threshold* that says when a rule applies or what is counted ("for 14 days or more",
  "at least", "more than", "over", "under", "N and above", "fewer than"): a larger (or
  smaller) option makes the sentence true as well, and distractors all on the false side
  would leave the answer as the largest (or smallest) option, so no choice is drafted;
- a *range* ("from 19 to 51", "between four and seven", "about four to six"): each end is
  asked only with options on the right side of the other end (``range_partner``).

Approximations ("about", "around", "nearly") are not bounds here: the distractors keep
their distance from them (``distractors.py``).
"""

from __future__ import annotations

import re
from typing import Any

_BEFORE = re.compile(
    r"\b(?:within|up\s+to|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|"
    r"not\s+more\s+than|no\s+fewer\s+than|"
    r"no\s+less\s+than|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|under|over|"
    r"below|above|in\s+excess\s+of|upwards\s+of|exceed(?:s|ed|ing)?|maximum\s+of|minimum\s+of|"
    r"as\s+many\s+as|as\s+few\s+as|as\s+much\s+as|longer\s+than|shorter\s+than|older\s+than|"
    r"younger\s+than|before|after|prior\s+to|earlier\s+than|later\s+than)\b",
    re.I,
)
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+$", re.I)
"""A negation right before "exceed": "does not exceed 2 years", "a term not exceeding 10
years" cap what they bound (as "not more than" does), where "exceeded two years" is a
threshold passed."""
_AFTER = re.compile(
    r"^\s*(?:[A-Za-z'\u2019-]+\s+){0,2}?(?:or|and)\s+(?:more|fewer|less|over|under|older|younger|"
    r"above|below|longer|higher|lower)\b|^\+",
    re.I,
)
"""A bound after the figure: "16 or over", "three days or more", "10 years' imprisonment or
more" (a possessive unit)."""
_OR_MORE = re.compile(r"\bor\s+(?:more|over|above|longer|higher)$", re.I)
"""A bound after the figure that makes it a threshold whatever bound stands before it: "an
offence that carries a maximum of ____ years' imprisonment or more" is true of 14 years as
well (the maximum is what is bounded, not the duty's limit)."""
_RULE_LEMMAS_TEXT = (
    "require oblige allow permit prohibit forbid limit define apply agree recommend propose "
    "decide set entitle ensure"
)
_RULE_LEMMAS = frozenset(_RULE_LEMMAS_TEXT.split())
_RULE_WORDS = re.compile(r"\b(?:deadline|time\s+limit|limit|threshold|maximum|minimum|"
                         r"age\s+of|aged?|punishable|liable)\b", re.I)
"""Words of a limit a rule sets; "punishable by up to five years", "liable to imprisonment
for up to two years": the law's maximum penalty, the cap the offence carries."""


_BINDS = re.compile(
    r"\s*(?:(?:the|a|an|its|their|next|first|last|following|same|about|around|some|once|twice|every|each|"
    r"approximately|roughly|only|just|age\s+of|period\s+of|total\s+of|[\u20ac$\u00a3]|EUR|USD|GBP)"
    r"\s*)*",
    re.I,
)
"""What may stand between a bound and its figure: "within the next 24 hours", "under the
age of 16", "up to EUR 5,000". Anything else means the bound word belongs to another
phrase: in "Before travelling abroad for three days or more" the "before" bounds the
journey, not the figure, and the figure's own bound is "or more"."""

_SINCE = re.compile(r"\b(since|by)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?"
                    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_COUNT_NEAR = re.compile(r"\b\d[\d,.]*\b")


def _cumulative(text: str, sentence_start: int, key: tuple[int, int]) -> str:
    """ "trained 240 officers since 2021", "by 2020, 500 had been trained": the year bounds
    a running total, which stays true with an earlier (later) year. Only right before a
    year, and only when the sentence counts something; "open since 2021" dates a start."""
    if not _YEAR.fullmatch(text[key[0] : key[1]]):
        return ""
    adjacent = _SINCE.search(text[max(sentence_start, key[0] - 25) : key[0]])
    lead = text[sentence_start : key[0]]
    if adjacent is None or lead.count("(") > lead.count(")"):
        return ""  # "(open since 2019)": an aside, not the count's bound
    end = text.find(".", key[1])
    clause = text[sentence_start : end if end != -1 else key[1] + 200]
    others = [m for m in _COUNT_NEAR.finditer(clause) if not _YEAR.fullmatch(m.group(0))]
    return adjacent.group(1).lower() if others else ""


def bound_word(text: str, sentence_start: int, key: tuple[int, int]) -> str:
    """The bounding words around the figure at ``key`` ("within", "or more"), or ""."""
    before = text[max(sentence_start, key[0] - 40) : key[0]]
    cumulative = _cumulative(text, sentence_start, key)
    if cumulative:
        return cumulative
    after = _AFTER.match(text[key[1] : key[1] + 30])
    if after is not None and _OR_MORE.search(after.group(0)):
        return " ".join(after.group(0).lower().split())
    words = re.findall(r"\S+", before)[-4:]
    near = " ".join(words)
    found = None
    for match in _BEFORE.finditer(near):
        found = match
    if found is not None and _BINDS.fullmatch(near[found.end() :]):
        word = " ".join(found.group(0).lower().split())
        if word in _MINIMA and NOTICE_AFTER.match(text[key[1] : key[1] + 40]):
            return NOTICE
        if word.startswith("exceed") and _NEGATED.search(near[: found.start()]):
            return "not more than"  # "a term not exceeding 10 years": a cap, not a threshold
        return word
    return " ".join(after.group(0).lower().split()) if after is not None else ""


def states_a_rule(doc: Any) -> bool:
    """The sentence sets a limit (a modal verb, "require", "the time limit"), rather than
    reporting a finding or a count."""
    for token in doc:
        if token.tag_ == "MD" and token.lower_ not in ("can", "could", "might"):
            return True
        if token.pos_ == "VERB" and token.lemma_.lower() in _RULE_LEMMAS:
            return True
        if token.lemma_.lower() in _DUTY_NOUNS and _required_act(token):
            return True  # "creates a duty on police forces to transfer ... within 24 hours"
        if only_if(token):
            return True  # "is available only where the term does not exceed 2 years"
    return bool(_RULE_WORDS.search(doc.text))


def only_if(verb: Any) -> bool:
    """A condition the law sets on what may be done: a present "is available", "is
    permitted" (or a present passive, "is granted") restricted by "only" to a condition
    ("where", "if", "when", "unless"; the parser may hang it as a clausal complement, and
    "only" on the condition's word): "A suspended sentence order is available only where
    the custodial term does not exceed 2 years." The figure in the condition is the rule's
    limit, as under "may be made only where"; a past ("was available only where") tells one
    case."""
    if verb.lemma_.lower() == "be" and verb.tag_ in ("VBZ", "VBP"):
        heads = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _PERMITTED]
        if not heads:
            return False
        scope = [verb, *heads]
    elif verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                    for c in verb.children):
        scope = [verb]
    else:
        return False
    marks = [m for h in scope for c in h.children if c.dep_ in ("advcl", "ccomp")
             for m in c.children if m.dep_ in ("advmod", "mark") and m.lower_ in _CONDITIONS]
    return any(t.dep_ == "advmod" and t.lower_ == "only"
               for h in [*scope, *(m.head for m in marks), *marks] for t in h.children) and (
        bool(marks))


_PERMITTED = frozenset({"available", "permitted", "allowed", "lawful", "possible", "eligible",
                        "valid", "competent"})
_CONDITIONS = frozenset({"where", "if", "when", "unless"})


def only_if_condition(noun: Any) -> bool:
    """The noun is the subject of the condition ``only_if`` finds ("... is available only
    where the custodial term does not exceed 2 years"): it names whichever term the rule
    meets, as a rule's kind does, not one the text spoke of before."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "ccomp"):
        return False
    return any(m.dep_ in ("advmod", "mark") and m.lower_ in _CONDITIONS
               for m in verb.children) and only_if(verb.head)


def _required_act(noun: Any) -> bool:
    """The duty noun has the act it requires: an infinitive after it ("a duty to record"),
    which the parser may hang on the verb that places the duty ("places a duty on police
    forces to record": "record" an xcomp of "places")."""
    if any(c.dep_ == "acl" and c.tag_ == "VB" for c in noun.children):
        return True
    return noun.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > noun.i
                                       for c in noun.head.children)


_DUTY_NOUNS = frozenset({"duty", "obligation", "requirement"})
"""A duty named as a noun, with the act it requires after it ("places a duty on police
forces to record every report within two hours"): a law or a bill that creates a duty
states a rule, whose "within" is its limit."""


_MINIMA = frozenset({"at least", "no less than", "not less than", "minimum of", "no fewer than"})
NOTICE_AFTER = re.compile(r"^\s*(?:full\s+|clear\s+|working\s+|calendar\s+)?(?:hours?|days?|"
                          r"weeks?|months?)\s+(?:before|in\s+advance|prior\s+to|ahead\s+of)\b",
                          re.I)
"""What follows a notice period's figure ("... 21 days before"; ``facts.py`` reads it too)."""
NOTICE = "at least ... before"
"""A notice period: "must notify the police at least 21 days before travelling". The
minimum the rule sets is the answer, as "within" is for a deadline (notifying 30 days
before also complies, as reporting in 10 days complies with "within 30")."""

_LIMITS = frozenset({NOTICE,
    "within", "up to", "no later than", "not later than", "no more than", "not more than",
    "at most", "maximum of", "before", "prior to", "earlier than",
})
"""Bounds that cap a duty: "must report within 24 hours", "punishable by up to five years"."""


def bound_kind(word: str) -> str:
    """ "limit" for a cap on a duty, "threshold" for any other bound, "" for none."""
    if not word:
        return ""
    return "limit" if word in _LIMITS else "threshold"


_NUMBER_TEXT = r"(?:\d+(?:[.,]\d+)*|[a-z]+(?:-[a-z]+)?)"
_RANGE_AFTER = re.compile(r"^\s*(?:to|-|\u2013)\s*(?P<other>" + _NUMBER_TEXT + r")\b", re.I)
_RANGE_BEFORE = re.compile(
    r"(?:\b(?P<lead>from|between)\s+(?:about\s+|around\s+|some\s+)?)?(?P<other>"
    + _NUMBER_TEXT + r")\s*(?P<link>to|and|-|\u2013)\s*$", re.I)
_BETWEEN_AFTER = re.compile(r"\bbetween\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def range_partner(text: str, sentence_start: int, key: tuple[int, int]) -> tuple[str, str] | None:
    """The other end of a range the figure at ``key`` belongs to, and which end the figure
    is: ("19", "upper") for "from 19 to ____", ("51", "lower") for "____ to 51"; else None.
    "and" and "or" join a range only after "between" / "from", or between two numbers."""
    lead = text[max(sentence_start, key[0] - 30) : key[0]]
    after_text = text[key[1] : key[1] + 25]
    after = _RANGE_AFTER.match(after_text)
    if after is None and _BETWEEN_AFTER.search(lead):
        after = re.match(r"^\s*and\s+(?P<other>" + _NUMBER_TEXT + r")\b", after_text, re.I)
    if after is not None and _is_number(after.group("other")):
        return after.group("other"), "lower"
    before = _RANGE_BEFORE.search(text[max(sentence_start, key[0] - 40) : key[0]])
    if (before is not None and _is_number(before.group("other"))
            and (before.group("link").lower() != "and" or before.group("lead"))):
        return before.group("other"), "upper"
    return None


def _is_number(word: str) -> bool:
    from curriculum.draft.distractors import written_value

    try:
        written_value(word.rstrip(".,"))
    except ValueError:
        return False
    return True


def range_limits(text: str, sentence_start: int, fact: Any) -> tuple[float | None, float | None]:
    """The (lower, upper) limits a range puts on the options for ``fact``'s figure."""
    from curriculum.draft.distractors import written_value

    partner = range_partner(text, sentence_start, fact.span)
    if partner is None:
        return (None, None)
    other = written_value(partner[0].rstrip(".,"))
    return (other, None) if partner[1] == "upper" else (None, other)
