"""Standing practice: what a procedure says its body does, in the present, within a limit.

A procedure or guidance document states its unit's practice in the present tense, often
in the passive and of a class of things: "Devices seized from a child at risk are
examined within 48 hours", "Referrals are screened within one working day". Read alone,
a plural subject in the present is a finding about a group ("Victims are identified
within six months": a larger option is true as well), so the time-limit rule
(``procedures.py``) kept to singular subjects and the count rule held such a "within" as a
bound with no rule. In a text that sets rules of its own, the same sentence is one of
them: the body that wrote it is the one that does the work.

A text **sets rules** when it speaks to its reader ("you", "your"), or three of its
sentences or more are its rules: instructions judged as guidance, or a main verb under
"must" or "shall". "should" alone is not enough (a report's recommendations say it).

Such a text's **practice** is a present-tense passive with a plural subject (the body's
own act done to a class of things or people: "are examined", "are screened"), with no
quantifier or number in the subject ("most", "some", "12 devices"), not negated and not
hedged ("usually", "often": a finding, whatever the text). An active verb with a plural
subject stays a finding ("Children who run away return home within 24 hours" says what
the children do, not what the body does).
"""

from __future__ import annotations

from typing import Any

from curriculum.draft import guidance
from curriculum.draft.analysis import Analysis

RULES = 3
"""A text with this many rules of its own (instructions, "must"/"shall") sets rules."""
_BINDING = frozenset({"must", "shall"})
_QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "half", "more", "majority",
                          "minority", "proportion", "share", "percent", "per"})
_HEDGES = frozenset({"usually", "often", "typically", "generally", "mostly", "sometimes",
                     "rarely", "frequently", "commonly", "largely", "mainly", "normally",
                     "ordinarily", "average"})


def sets_rules(analysis: Analysis) -> bool:
    """The text speaks to its reader, or states ``RULES`` rules of its own or more."""
    if analysis.rule_text is None:
        analysis.rule_text = guidance.addresses_reader(analysis.doc.text) or (
            sum(1 for s in analysis.kept() if s.instruction or _binding(s.parsed)) >= RULES
        )
    return analysis.rule_text


def _binding(parsed: Any) -> bool:
    """The main verb (or one joined to it) is under "must" or "shall"."""
    if parsed is None:
        return False
    return any(t.tag_ == "MD" and t.lower_ in _BINDING and t.head.dep_ in ("ROOT", "conj")
               for t in parsed)


def plural_practice(verb: Any) -> bool:
    """A present passive of a plural subject, unquantified, unhedged, not negated: "Devices
    linked to a child at risk are examined within 48 hours"."""
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.tag_ != "VBN" or not passive or passive[0].tag_ != "VBP":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.lower_ in _HEDGES for c in verb.children if c.dep_ == "advmod"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(t.lower_ in _QUANTIFIERS or t.dep_ == "nummod" or t.like_num
                   for t in subject.subtree)
