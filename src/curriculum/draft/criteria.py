"""A list of criteria under a lead-in that says they must be met: each item is half a rule.

Why: "An alert is issued only when all four criteria are met:" + "the child is under 18;"
... The item has its own subject and verb, so it reads as a sentence, and a true/false
item built on it alone ("The child is under 18") tests nothing: the rule is the lead-in's
(an alert, a power, an offence), and the item only one of its conditions. ``leadins.py``
reads items with a lead-in that stops mid-clause ("applies only if:"); this lead-in is a
whole sentence that *names* its items as criteria or conditions. When it says the rule
holds "only when/if" they are all met, each item is a necessary condition, and is asked
after the lead-in's rule: "An alert is issued only if the child is under 18" (``only_front``;
true of every item of a list that must all be met). Otherwise the item cannot be joined
to it and is held (the audit says why).

From the parse: the lead-in ends with a colon, and what a passive verb of being met says
is met ("one of these thresholds is met"), or a noun "criterion", "condition" or
"requirement" in it is what is met ("are met", "are satisfied", "apply") or is
the last noun before the colon ("the following conditions:"), or it says what they are
("The criteria are:").
"""

from __future__ import annotations

from typing import Any

REASON = ("one of the criteria its lead-in says must be met: the item alone is half the "
          "rule, never a fact of its own")

_KINDS = frozenset({"criterion", "criteria", "condition", "requirement", "test"})
"""The nouns that name what a list of conditions is (the kind of list, not its content)."""
_MET = frozenset({"meet", "satisfy", "fulfil", "fulfill", "met", "satisfied", "fulfilled",
                  "apply"})
"""A verb of being met, as a lemma or as the participle the tagger may read as an adjective
("are satisfied": "satisfied" an ``acomp`` of "are")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPENERS = frozenset({"when", "if", "where", "once"})


def names_criteria(text: str, parsed: Any) -> bool:
    """The lead-in ``text`` introduces its items as criteria or conditions to be met."""
    if parsed is None or not text.rstrip().endswith(":"):
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if not words:
        return False
    if any(_met_subject(t) for t in words):
        return True
    for token in words:
        if token.lemma_.lower() not in _KINDS and token.lower_ not in _KINDS:
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "of":  # "one of these criteria is met"
            token = token.head.head
        head = token.head
        if token.dep_ in _SUBJECTS and any(
                t.lemma_.lower() in _MET or t.lower_ in _MET for t in [head, *head.children]):
            return True
        if token.dep_ in _SUBJECTS and head.lemma_ in ("be", "include") and head.i >= len(
                parsed) - 4:  # "The criteria are:", "The conditions are as follows:"
            return True
    last = words[-1]
    return last.lower_ in _KINDS or last.lemma_.lower() in _KINDS


def _met_subject(token: Any) -> bool:
    """``token`` is what a passive verb of being met says is met ("one of these thresholds
    is met", "the tests are satisfied"): whatever noun names them, the items are the
    things to be met, each a condition of the lead-in's rule."""
    head = token.head
    return token.dep_ == "nsubjpass" and head.lemma_.lower() in _MET and (
        head.lemma_.lower() != "apply")


def hold_items(items: list[Any]) -> None:
    """Hold each item of a criteria list: the audit says why."""
    for item in items:
        item.unjoined = REASON
        item.whole = False


def only_front(parsed: Any, together: str) -> str | None:
    """The lead-in's rule up to its "only" and "if", to show in front of each item ("An
    alert is issued only when all four criteria are met:" -> "An alert is issued only
    if"), when the items must all be met (joined by "and", or "all" criteria): each is
    then a condition without which the rule does not apply. None otherwise (with "or" an
    item is enough, and "only if" one of them would be false)."""
    if parsed is None:
        return None
    every = together == "and" or any(t.lower_ == "all" for t in parsed)
    for token in parsed[:-1]:
        after = parsed[token.i + 1]
        if token.lower_ == "only" and after.lower_ in _OPENERS and every and token.i > 1:
            return " ".join(f"{parsed[: token.i + 1].text} if".split())
    return None
