"""Is the sentence a claim at all? A text's own questions and its tasks for the reader
assert nothing, whatever figure they hold.

Teaching texts end a chapter with review questions ("Who normally attends a strategy
meeting, and what four matters does it decide?"), an exercise asks its discussion
questions ("Who is told in the first 30 minutes?") and tasks ("Explain why the first 48
hours matter."). Their figures look like a rule's (a time, a count), so the value
features score them as well as a duty; blind reviews dropped every one (a "true
statement" made of a question, a count blanked in a task). They are held as fatal, not
by score:

- **an interrogative**: the sentence ends with a question mark (before any closing quote
  or bracket). A glossary's or a list's own question ("Which term is defined as ...?")
  is the rule's wording, not the text's, and is not judged here;
- **a task for the reader**: an imperative (a bare verb with no subject opens the main
  clause) in a section whose heading names the reader's questions or exercises
  ("Review questions", "Exercise 2", "Practice exercise", "Knowledge check"); not a
  FAQ's "Frequently asked questions", nor a tabletop exercise's injects. The same
  imperative in any other section is guidance ("Compare all files with the national
  hash set within 24 hours");
- **what a presenter is to say**: a speaker note that opens with a bare verb of saying
  and a that-clause, no one named who is told ("Point out that 19 days is too slow; the
  unit's target is 10 days"): the stem is the instruction, the fact only inside it;
- **a label fused in front**: a list number or a speaker's or question's label opening
  the stem ("3 Keep an audit trail ...", "A2. List ...", "Q5: Will there be ...?",
  "JOURNALIST: ...", "L2: passes a lead ..."). Such labels are structure, cut off in
  reading (``cleaning.py``, ``cues.py``); one still in front means the reading missed the
  list or the turn, and the stem reads the label as the sentence's first word;
- **no statement to judge true or false**: a true/false stem that holds a question (an
  interrogative ending "?", a question line carried in front) or that is an instruction,
  advice or an appeal (a bare verb with no subject heads the main clause: "Keep an audit
  trail ...", "If you have any information, please call 101"). "True" of an instruction
  means nothing. What the pipeline does on purpose stays: an instruction shown with whose
  duty it is ("Supervisors must complete ...", ``actors.py``), or a list item shown after
  a lead-in that gives it a subject and a modal ("Partners must stop ..."), is a statement;
  a prohibition with its own subject ("Analysts must never ...") keeps its false twin
  (``prohibitions.py``); a blank in an instruction ("Record the report ... within ____.")
  asks its figure and is not judged here;
- **a key to codes**: a legend or a scoring key that says what a code of the document's
  own stands for ("Priority: H = within 6 months; M = within 12 months", "1 = rare,
  5 = almost certain"): a short code (a capital letter, a number, an initialism) and an
  equals sign open the sentence, after at most a label. It tells a reader how to read the
  document's own table, not a rule or a fact; asked alone, the code means nothing;
- **an introduction to what follows**: the sentence ends "as follows" or "the following"
  ("The Minister ..., in exercise of the power in section 41(2) of the Act, orders as
  follows.", "The conditions are the following."). An order's enacting formula or a
  list's lead-in says that something comes, not what: its content is asked from the
  items after it (blind review 26, b1: X).
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.assertion import asks
from curriculum.draft.questions import DraftQuestion
from curriculum.draft.stemcheck import Score, StemView

_EXERCISE_HEADING = re.compile(
    r"\b(?:(?:review|discussion|revision|study|reflective|practice|self-assessment)\s+"
    r"questions?|(?:practice|class|group|classroom|learning|written|individual)\s+exercises?|"
    r"exercise\s+\d|activity\s*(?:\d|:)|quiz|self[- ]check|knowledge check|test yourself|"
    r"check your (?:understanding|learning|knowledge)|points? for (?:discussion|reflection))\b",
    re.I,
)
"""Headings of a text's own questions or exercises for its reader; not a named exercise
of the work ("Exercise STILLWATER", a tabletop exercise's injects and expected actions:
what officers do in it is practice, asked like any guidance)."""


def judge(view: StemView, q: DraftQuestion, result: Score) -> None:
    """Kill ``q`` when its sentence asks or tasks rather than states (module docstring)."""
    label = fused_label(view, q.prompt)
    if label and q.rule not in ("glossary", "exam-choice"):
        result.kill(f'a label fused in front of the sentence ("{label}"): a list number or a '
                    "speaker's or question's label is structure, not the sentence's first word")
        return
    if q.items or q.rule in ("glossary", "ordering", "exam-choice"):
        return  # a list's or a glossary's question is the rule's own wording; an exam
        # item's is the text's own question with the key it states (``exam_choice.py``)
    text = q.analysis.doc.text[q.sentence.start : q.sentence.end].strip()
    if asks(text):
        result.kill("the sentence is a question the text asks (an interrogative): it "
                    "asserts nothing to test")
        return
    heading = q.sentence.heading
    if heading and _EXERCISE_HEADING.search(heading) and _imperative(view):
        result.kill(f'a task the text sets its reader (an imperative under "{heading}"), '
                    "not a rule or a fact")
        return
    key = _CODE_KEY.match(text)
    if key is not None:
        result.kill(f"a key to the document's own codes (\"{key.group('code')} = ...\"): "
                    "it says how to read a table or a score, not a rule or a fact")
        return
    if _INTRODUCES.search(text):
        result.kill("the sentence introduces what follows (it ends \"as follows\"): it "
                    "says that something comes, not what")
        return
    told = _what_to_say(view)
    if told:
        result.kill(f'an instruction to whoever presents the text ("{told} that ..."): what to '
                    "say, not the fact itself")
        return
    why = _no_statement(view, q) if q.qtype == "true_false" else ""
    if why:
        result.kill(why)


_CODE_KEY = re.compile(
    r"^(?:[*_]*[A-Z][\w ()/-]{0,40}[*_]*:[ \t]*)?[*_]*(?P<code>[A-Z0-9][A-Z0-9+-]{0,5})[*_]*"
    r"[ \t]*=[ \t]*\S")
"""A legend's entry: an optional label ("Priority:"), a short code ("H", "4", "MISPER") and
an equals sign ("H = within 6 months")."""

_INTRODUCES = re.compile(r"\b(?:as\s+follows|the\s+following)\s*[.:]?[\"'\u201d\u2019)\]]*$",
                         re.I)
"""A sentence that ends by announcing the text after it."""

_SAYING = frozenset({"point", "stress", "emphasise", "emphasize", "highlight", "mention",
                     "explain", "underline"})
"""Verbs of what a presenter is to say ("Point out that ...", "Stress that ...")."""


def _what_to_say(view: StemView) -> str:
    """The stem opens with a bare verb of saying and a that-clause, with no one named who
    is told ("Point out that 19 days is too slow; ...", "Stress that ..."): a speaker
    note. Returns the verb's words, or ""."""
    tokens = [t for t in view.tokens() if not (t.is_punct or t.like_num)]
    if len(tokens) < 3 or tokens[0].tag_ != "VB" or tokens[0].lemma_.lower() not in _SAYING:
        return ""
    verb = tokens[0]
    rest = tokens[1:]
    words = [verb.text]
    if rest[0].dep_ == "prt" and rest[0].head.i == verb.i:
        words.append(rest[0].text)
        rest = rest[1:]
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return ""  # "Explain the decision that ...", someone or something named
    return " ".join(words) if rest and rest[0].lower_ == "that" else ""


def _imperative(view: StemView) -> bool:
    """The main clause opens with a bare verb and has no subject ("List the four ...")."""
    root = view.doc[:].root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return False
    first = next((t for t in view.doc if not (t.is_punct or t.like_num or t.is_space)), None)
    return first is not None and first.i == root.i



_LABEL_FRONT = re.compile(
    r"^[*_]*(?P<label>(?:[A-Z]{1,2}\d{1,3}(?:\.\d{1,2})*|Q(?:uestion)?[ \t]*\d{0,3})[ \t]*[.:)]"
    r"|[A-Z][A-Z.'&-]*(?:[ \t]+[A-Z][A-Z.'&-]*){0,3}[ \t]*:)[*_]*[ \t]+(?=\S)")
"""A code or a question's or speaker's label opening a stem: "A2.", "L2:", "Q5:", "Q:",
"Question 3.", "JOURNALIST:", "DCI SMITH:"."""
_AFTER_NUMBER = frozenset({"VB", "DT", "PRP", "PRP$", "IN", "WRB", "WDT", "WP", "MD", "RB", "EX"})
"""What may follow a bare number that labels a list item ("3 Keep", "4 The officer"), and
never a number that counts ("3 officers", "12 Member States")."""


def fused_label(view: StemView, prompt: str) -> str:
    """The list number or label that opens the stem, or ""."""
    found = _LABEL_FRONT.match(prompt)
    if found is not None:
        return found.group("label").strip()
    tokens = [t for t in view.tokens() if not t.is_space]
    if len(tokens) < 3 or not prompt.startswith(tokens[0].text):
        return ""
    first, second = tokens[0], tokens[1]
    if not (re.fullmatch(r"\d{1,2}[.)]?", first.text) and second.text[:1].isupper()):
        return ""
    return first.text if second.tag_ in _AFTER_NUMBER else ""


_INTERROGATIVE = re.compile(r"\?(?=[\s\"'\u201d\u2019)\]*_]*(?:\s|$))")
_SUBJECT_LEAD = re.compile(
    r"\b(?:must|shall|should|may|can|will|need to|(?:is|are) (?:required|expected|obliged|"
    r"asked) to|ha(?:s|ve) to)(?: not| never| always)?[ \t]*:?[ \t]*$", re.I)
"""A lead shown in front that gives an instruction its subject and modal ("Partners must:",
"Officers are required to:")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _no_statement(view: StemView, q: DraftQuestion) -> str:
    """Why a true/false stem states nothing one could call false, or ""."""
    if _INTERROGATIVE.search(q.prompt):
        return ("a true/false stem that holds a question (an interrogative): a question is "
                "neither true nor false")
    carried = q.carried
    if carried is not None and (carried.supplies or _SUBJECT_LEAD.search(carried.lead)):
        return ""  # "Supervisors must " + "complete ...": a duty with whose it is
    if instruction(view):
        return ("an instruction, advice or an appeal (a bare verb with no subject heads the "
                "main clause), not a statement: \"true\" of an instruction means nothing")
    return ""


def _misread_subject(root: Any) -> bool:
    """A list of steps the parser read as a subject and its verb ("Secure safety, refer the
    same day, and leave the interview to trained staff": "safety ... refer"): the first
    word read as an adjective on a singular noun that is the second word, a comma between
    that noun and a present verb in the plural form, and a coordinated step in the base
    form. A singular subject never takes "refer" (it would be "refers"), so the first words
    are a step too: "Secure" is the imperative the parser took for an adjective."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.tag_ != "VBP" or subject.tag_ != "NN" or subject.i != 1:
        return False
    first = root.doc[0]
    comma = root.doc[subject.i + 1] if subject.i + 1 < root.i else None
    return (first.dep_ == "amod" and first.head.i == subject.i and comma is not None
            and comma.text == "," and any(c.dep_ == "conj" and c.tag_ == "VB"
                                          for c in root.children))


def instruction(view: StemView) -> bool:
    """The stem's main clause is in the imperative: its root is a verb in the base form
    with no subject and no modal or "to" of its own ("Keep ...", "Do not close ...",
    "If you have any information, please call 101 ...")."""
    root = view.doc[:].root
    if view.inside(root) and _misread_subject(root):
        return True
    if not view.inside(root) or root.tag_ != "VB":
        return False
    children = list(root.children)
    if any(c.dep_ in _SUBJECTS for c in children):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "TO") or (
        c.tag_ in ("VBZ", "VBP", "VBD") and c.lemma_.lower() != "do")) for c in children)
