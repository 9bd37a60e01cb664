"""A form's own people: a workbook's or a checklist's rules for those who fill it in.

A form (an induction workbook, a sign-off checklist, a record sheet) leaves blanks for its
own people: a column headed by a role whose cells are all empty, to be signed or dated
("| Item | Date | Trainee | Assessor |"), a row labelled by a role with nothing after it
but space to write ("| Assessor | | | |", "| Buddy (name, role) | ______ |"). Those roles
are the form's own cast, and the document's rules about them are its own programme: who
may act as the assessor, when a trainee may take the test again, within how many days the
team leader passes the sheet on, what a stage's sign-off needs (blind review 29, a2: four
of its four questions dropped as the workbook's own rules for its own people and
paperwork). They carry a figure and "must", and no officer uses them in the work.

So a sentence is held when one of its nouns is a role the form leaves a blank for
(``form_roles``, read from the layout of its tables) and none of the people in it is of
the work: no subject is an officer, an investigator or the police, and no noun is a child,
a victim, a suspect or a witness (``own._POLICE``, ``own._PEOPLE``): "The supervisor must
check the child's account" in a referral form is practice and is judged as before, and so
is any sentence naming a law (``names_law``: the form's own "Section 6" is none). A
document with no blanks for roles has no form roles, and nothing in it is held here.

A role the document defines as someone chosen under one of its own rules is its own cast
too (blind review 29's b1, a panel's standing orders: '"core member" means the person
nominated under Rule 6'; "Escalation runs in three stages: (i) the core members concerned,
within 5 working days; ..." is the panel's own machinery): ``defined_roles``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from curriculum.draft.actors import _PERSON, _THINGS
from curriculum.draft.tables import Table, html_tables, markdown_tables

if TYPE_CHECKING:
    from curriculum.draft.questions import DraftQuestion
    from curriculum.draft.stemcheck import Score

ROLE_WORDS = 3
"""The most words a role's label has ("Line supervisor", "Welfare contact"); a longer cell
is an item or a question, not someone who signs."""
_BLANK = re.compile(r"[\s/.:\u2026-]*(?:_{2,}[\s/.:\u2026\d_-]*)?")
"""A cell with nothing to read: empty, or a run of underscores to write on ("______",
"___ / ___ / 20___"); a figure is an entry, not a blank."""
_PROGRAMME_PEOPLE = re.compile(r"(?:(?<![ft])(?<!gr)ee|candidate|delegate|coach|buddy|buddies|"
                               r"peer)s?$")
"""People of a programme whose names ``actors._PERSON``'s endings miss: the "-ee" of the
one it is done to (trainee, nominee, mentee; not a committee, a fee or a degree), and
those who learn or support beside them."""
_ASIDE = re.compile(r"\s*\([^)]*\)")
_ROLE_LABEL = re.compile(r"[A-Za-z][A-Za-z' -]{2,}")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

HOLD = ('the form\'s own rule for its own people ("{role}", a role it leaves a blank for): '
        "how its programme and paperwork are run, not a rule an officer uses in the work")


def _cell(text: str, span: tuple[int, int]) -> str:
    """A cell's words, with markup and asides ("(name, role)") taken out."""
    words = re.sub(r"<[^>]+>|[*_`]", " ", text[span[0]:span[1]])
    return " ".join(_ASIDE.sub("", words).split())


def _role(label: str) -> str:
    """The label as a role name (lower case), or "" when it cannot be one: too long, no
    word, or a last word that names no person by its ending (``actors._PERSON``: "Date",
    "Signature", "Total")."""
    label = label.strip(" :.").lower()
    if not _ROLE_LABEL.fullmatch(label) or len(label.split()) > ROLE_WORDS:
        return ""
    last = label.split()[-1]
    if not (_PERSON.search(last) or _PROGRAMME_PEOPLE.search(last)) or _THINGS.search(last):
        return ""  # "Total", "Date posted", "Completed": what is written, not who writes it
    return label


def _blank(text: str, span: tuple[int, int]) -> bool:
    """The cell has no letter to read, markup aside: a space to write in."""
    return _BLANK.fullmatch(re.sub(r"<[^>]+>", "", text[span[0]:span[1]])) is not None


def table_roles(text: str, table: Table) -> set[str]:
    """The roles one table leaves blanks for: a header over a column with every body cell
    blank, and a row's first cell when every other cell of the row is blank."""
    found: set[str] = set()
    rows = [row for row in table.rows if row]
    if len(rows) >= 2:
        for j, head in enumerate(table.header):
            if all(j < len(row) and _blank(text, row[j]) for row in rows):
                found.add(_role(_cell(text, head)))
    for row in rows:
        if len(row) >= 2 and all(_blank(text, cell) for cell in row[1:]):
            found.add(_role(_cell(text, row[0])))
    found.discard("")
    return found


def form_roles(text: str) -> frozenset[str]:
    """Every role the document's tables leave a blank for (module docstring)."""
    tables = markdown_tables(text)[0] + html_tables(text)
    return frozenset(role for table in tables for role in table_roles(text, table))


_DEFINED = re.compile(
    r"[\"\u201c\u2018']\s*(?P<role>[A-Za-z][A-Za-z -]{2,40}?)\s*[\"\u201d\u2019'],?\s+means\s+"
    r"(?:the|a|an|any|each)\s+(?:person|member|officer|individual|representative)\b"
    r"[^.;\n]{0,80}?\b(?:nominated|appointed|elected|designated|assigned|chosen)\b"
    r"[^.;\n]{0,40}?\b(?:under|in|by)\s+(?:Rule|Standing\s+Order|clause|paragraph|Part|"
    r"Schedule)\s+[\w.()]+(?!\s+of\s+(?:the\s+)?[A-Z])")
"""A role the document defines as someone chosen under one of its own rules ("'core
member' means the person nominated under Rule 6 by an agency in Schedule 1"): a standing
order's, a constitution's or a terms of reference's own office. A person chosen under a
section of an Act ("approved under section 49 of the Act") is the law's, not the
document's."""


def defined_roles(text: str) -> frozenset[str]:
    """The roles the document defines by its own rules (``_DEFINED``), lower case."""
    return frozenset(" ".join(m.group("role").lower().split()) for m in _DEFINED.finditer(text))


def document_roles(analysis: Any) -> frozenset[str]:
    """``form_roles`` and ``defined_roles`` of the document's raw text (the rules' text has
    its table bars blanked), read once per document."""
    found: frozenset[str] | None = getattr(analysis, "_form_roles", None)
    if found is None:
        found = form_roles(analysis.doc.raw) | defined_roles(analysis.doc.raw)
        analysis._form_roles = found
    return found


_FRONT = frozenset({"compound", "amod"})


def _names(token: Any) -> list[str]:
    """A noun as it may stand in a form: with the words right before it that modify it
    ("line supervisor", "standing member"), each shorter run of them, and alone; in its
    own form and its singular (the lemma: "mentors" -> "mentor")."""
    words: list[Any] = []
    at = token.i - 1
    while at >= 0 and token.doc[at].head.i == token.i and token.doc[at].dep_ in _FRONT:
        words.insert(0, token.doc[at])
        at -= 1
    found = []
    for start in range(len(words) + 1):
        front = [w.lower_ for w in words[start:]]
        found += [" ".join([*front, token.lower_]), " ".join([*front, token.lemma_.lower()])]
    return found


_PART_WORDS = frozenset({"part", "parts", "section", "sections", "schedule", "schedules",
                        "paragraph", "paragraphs", "stage", "stages", "annex", "appendix",
                        "rule", "rules", "and", "or", "to"})
"""Words of a reference to a part by its number ("Section 6", "Parts 4 and 5"), which
the parser may tag as a law although no law is named: the form's own parts."""


def names_law(parsed: Any) -> bool:
    """The sentence names a law: an entity tagged as one with a word beyond a kind of part
    and its number ("the Online Safety Act 2024, s. 9", not "Section 6" of the form)."""
    return any(ent.label_ == "LAW" and any(
        t.is_alpha and t.lower_ not in _PART_WORDS for t in ent) for ent in parsed.ents)


def own_people(parsed: Any, roles: frozenset[str]) -> str:
    """The form role a sentence names, when it names one and no person of the work
    (module docstring), else "": a reference to the form's own numbered part is no law
    (``names_law``)."""
    from curriculum.draft.own import _PEOPLE, _POLICE, _WORK_PEOPLE  # own -> ...: read late

    if not roles or names_law(parsed):
        return ""
    work = _PEOPLE | _WORK_PEOPLE
    found = ""
    for token in parsed:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        if lemma in work or (token.dep_ in _SUBJECTS and lemma in _POLICE):
            return ""
        if not found:
            found = next((name for name in _names(token) if name in roles), "")
    return found


def judge(q: DraftQuestion, result: Score) -> None:
    """Hold ``q`` when its sentence is the form's own rule for its own people."""
    parsed = q.sentence.parsed
    if parsed is None:
        return
    role = own_people(parsed, document_roles(q.analysis))
    if role:
        result.hold(HOLD.format(role=role))
