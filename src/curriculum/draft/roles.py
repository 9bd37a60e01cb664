"""Role nouns of a document kind that no stem can resolve: a party to its case, a part of it.

Every kind of document names its own parties and parts by their role, and a learner who
reads one question never sees which one (blind review 18, the largest class of drops):

- **A party to the case.** Views on an individual communication call the child "the
  author", a judgment "the applicant" or "the appellant", a tribunal decision "the
  claimant" or "the respondent". Told in the past ("The author was below the legal age
  ...", "the applicant was refused a visa"), the sentence is one case's history: who the
  party is, the stem cannot say, and what happened to one party is no fact to quiz
  (rubric 4 and 7). Read from the parse: a singular role noun of a party (``PARTIES``)
  with only "the" before it and nothing after it saying whose or of what ("the author of
  the report" is another matter), in a clause whose verb is in the past and states no
  rule (``standalone.clause_rule``: a modal of another clause, "the age at which a child
  may consent", does not make one), nor hangs on one ("an application must be received
  ... where the abuse took place when the applicant was under 18"). In a rule ("the
  applicant must be told within 5 days") the party is whichever one the rule meets, and
  ``stemcheck`` judges it as any participant of a rule.
- **A part of the document.** A submission's "Option B", a response's "Recommendation 3",
  a plan's "Objective 2", a report's "Annex C" or "Table 4": a capitalised kind of part
  (``PARTS``) with a letter or a number, and no "of ..." saying whose. Which option the
  learner cannot see, and an option put forward is no rule in force. Kinds of provision
  ("Article 16", "Clause 3", "Section 9") are names of law, which ``citations.py`` shows.
- **A motion put to the reader.** "That you agree to Option B: ...", "That the Board
  notes ...": the recommendation of a submission or a motion is a subordinate clause with
  no main clause (its main verb has a "that" of its own), put to the reader for a
  decision; nothing in it is yet a fact. The test is ``proposed.that_clause_alone``, by
  which ``proposed.py`` reads the same formula in a sentence as a proposal's.

Every candidate on such a stem is held below the threshold with the reason, unless a
reason already says it is about the document (``discourse.py``: "Action 4.2 was
completed") or it is fatal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.discourse import ABOUT
from curriculum.draft.proposed import that_clause_alone
from curriculum.draft.standalone import clause_rule
from curriculum.draft.stemcheck import word_set

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score, StemView

PARTIES = word_set("""
    author applicant complainant claimant petitioner appellant respondent plaintiff
    defendant accused communicant
""")
"""Role nouns of the parties to a case (a communication, an application, an appeal, a
claim): each names one person or body in a document about one case."""
PARTS = ("Option", "Options", "Recommendation", "Recommendations", "Proposal", "Scenario",
         "Finding", "Objective", "Priority", "Action", "Annex", "Appendix", "Table", "Figure",
         "Box")
"""Kinds of a document's own labelled parts, capitalised as a document writes them."""
_PART = re.compile(
    r"\b(?:" + "|".join(PARTS) + r")\s+(?:[A-Z]|\d{1,3}(?:\.\d{1,3})*)\b"
    r"(?![\w.]*\s+(?:of|in|to|under)\s+(?:the\s+)?[A-Z])"
    r"(?!\s*\([A-Z]{1,3}\d{1,3}\))")
"""A part by its number ("Priority 1", "Annex B"), unless it names another document's part
("Annex B to the Convention") or is spelled out with the short code a table heads its
column with ("Priority 1 (P1)"): that is a level the text defines, not a pointer."""
_RULE_MODALS = frozenset({"must", "shall", "should", "may"})
_NAMED = frozenset({"prep", "compound", "acl", "relcl", "nmod", "appos", "amod", "poss"})

PARTY = ('one case\'s party: "the {}" is a party to the case the document is about, whom '
         "the stem cannot name, and what happened to one party is no fact to quiz")
PART = ('points to a part of the document ("{}"), which a learner reading one question '
        "cannot see; an option or a recommendation put forward is not yet a fact")
MOTION = ('a motion put to the reader ("{}"): a subordinate clause with no main clause, a '
          "recommendation awaiting a decision, not a fact")


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Hold a candidate whose stem leans on a party, a part or a motion (see above)."""
    tokens = view.tokens()
    if not tokens or result.fatal or any(ABOUT in r for r in result.reasons):
        return  # already judged the document's own ("Action 4.2 was completed": discourse)
    party = next((t for t in tokens if case_party(t)), None)
    part = _PART.search(q.prompt)
    if party is not None:
        result.hold(PARTY.format(party.text))
    elif part is not None:
        result.hold(PART.format(part.group(0)))
    elif that_clause_alone(tokens[0]):  # "That you agree to ...": a motion
        result.hold(MOTION.format(" ".join(t.text for t in tokens[:3]) + " ..."))


def case_party(token: Any) -> bool:
    """ "The author was below the legal age": a party's role noun, definite and bare, told
    in the past outside a rule (module docstring)."""
    if token.lemma_.lower() not in PARTIES or token.tag_ != "NN" or token.ent_type_:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if [d.lower_ for d in dets] != ["the"] or any(c.dep_ in _NAMED for c in token.children):
        return False
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return _past(verb) and not clause_rule(token) and not _under_rule(verb)


def _under_rule(verb: Any) -> bool:
    """The party's clause hangs on a clause that states a rule: "an application must be
    received within two years where the abuse took place when the applicant was under 18"
    (whichever applicant the rule meets), read up the verbs from the party's to the main
    one; a modal in a clause off that path ("the age at which a child may consent") does
    not count."""
    while verb.head.i != verb.i:
        verb = verb.head
        if any(c.tag_ == "MD" and c.lower_ in _RULE_MODALS for c in verb.children):
            return True
    return False


def _past(verb: Any) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VBN", "JJ") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
