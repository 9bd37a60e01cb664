"""Contact details and sign-offs never become module facts or questions.

Why: letters, tenders, notices and guidance end with a contact block ("Procurement lead:
Sandra Ellery, Senior Category Manager, ..., Lunesford LN4 2HB", "Telephone: +388 20 417
5500", "Questions to the unit, extension 5120, or unit@force.example") or a sign-off
("Yours sincerely"). Such lines are sentences to the splitter and name an organisation, so
they matched a theme and became facts a trainer must delete (blind review 14, b2). A
trainer reads facts to teach from; a telephone number, an e-mail address, a postal address
or a signature teaches nothing.

A sentence is held when it holds an e-mail address, a telephone number (with a label such
as "Tel." or "extension", or written as one: "0300 555 0391", "+388 20 417 5500"), a
postcode, or a sign-off ("Yours sincerely", "Signed on behalf of ..."), and so is a
line with no verb just after a sign-off (the signer's name, title and date). A street
address ("14 Harcastle Row") is held only on a line that is no rule: one with no finite
verb, or a "Label:" line. A licence condition that names where to live ("Reside at ..., 3
Mill Lane, and comply with its rules, including a curfew ...") is a sentence with its own
verb, and stays.

So is an enquiry line, whatever it names: "Questions about this review may be addressed to
the Joint Coordination Cell, Harbour House, ...", "Enquiries to: ...", "For further
information, contact ...", "If you have any questions, please contact ..." (blind review 20,
a1). It tells the reader where to write about the document, not anything of the work; its
subject is the reader's questions, queries, enquiries or comments, or its lead is "for
further information". A rule that sends a case somewhere ("Concerns about a child must be
referred to children's social care") has another subject, and stays.
"""

from __future__ import annotations

import re
from typing import Any

from curriculum.draft.lines import Dropped
from curriculum.draft.reading import SourceDoc
from curriculum.draft.sentences import Sentence

REASON = ("contact details or a sign-off (a telephone number, an e-mail or postal address, a "
          "signature, an enquiry line): not something a trainer teaches")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_PHONE_LABEL = re.compile(
    r"\b(?:tel|telephone|phone|fax|mobile|mob|ext|extension)\b\.?\s*:?\s*[+(]?\d", re.I)
_PHONE = re.compile(
    r"(?<![\w/.,])(?:\+\d{1,3}(?:[ -]\(?\d{1,4}\)?){2,4}|\(?0\d{2,4}\)?[ -]\d{3,4}[ -]?\d{3,4})"
    r"(?![\w/.,]?\d)")
"""A number written as a telephone number: an international prefix and groups, or a
trunk prefix 0 and two groups ("0300 555 0391", "01632 960 300")."""
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
"""A postcode of the British form ("LN4 2HB", "WM3 7QD"): capitals and digits no word has."""
_SIGN_OFF = re.compile(
    r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|signed"
    r"(?:\s+for\s+and)?\s+on\s+behalf\s+of)\b", re.I)
SIGNATURE_LINES = 6
"""Lines after a sign-off where a line with no verb is the signer's name, title or date."""
_STREET = re.compile(
    r"\b\d+[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Row|Lane|Avenue|Way|Drive|Place|"
    r"Square|Wharf|Terrace|Crescent|Gardens|Parade|Quay)\b")
_LABEL = re.compile(r"^\W*[A-Z][\w ]{0,40}:\s")
_ASKING = r"(?:questions|queries|enquiries|inquiries|comments|feedback|correspondence)"
_ENQUIRY = re.compile(
    r"^\W*(?:(?:any|all|further|other|general|media|press)\s+)?" + _ASKING
    + r"\b[^.;:]{0,100}?\b(?:may|should|can|must|are\s+to|is\s+to)\s+(?:also\s+)?be\s+"
    r"(?:addressed|directed|sent|referred|submitted|forwarded|e-?mailed|posted|made)\s+to\b"
    r"|^\W*(?:(?:media|press|general|all)\s+)?(?:enquiries|inquiries|queries)"
    r"(?:\s+(?:about|on|regarding|concerning)\b[^.;:]{0,60})?\s*(?::|to\b)"
    r"|^\W*(?:for|to\s+(?:request|obtain|ask\s+for))\s+(?:further|more|additional)\s+"
    r"(?:information|details|copies)\b[^.;]{0,100}?\b(?:contact|write\s+to|call|"
    r"e-?mail|telephone|phone)\b"
    r"|^\W*if\s+you\s+(?:have|need)\s+(?:any\s+)?(?:further\s+)?(?:questions|queries|"
    r"enquiries|information)\b[^.;]{0,100}?\b(?:contact|write\s+to|call|e-?mail)\b",
    re.I)
"""An enquiry line: the reader's questions (or comments) "may be addressed to", "Enquiries
to:", "For further information, contact ...", "If you have any questions, please contact"."""
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def contact_line(text: str, parsed: Any | None) -> bool:
    """``text`` holds contact details or a sign-off (module docstring)."""
    if _EMAIL.search(text) or _PHONE_LABEL.search(text) or _PHONE.search(text):
        return True
    if _POSTCODE.search(text) or _SIGN_OFF.search(text) or _ENQUIRY.search(text):
        return True
    return bool(_STREET.search(text)) and (_LABEL.match(text) is not None or not _finite(parsed))


def _finite(parsed: Any | None) -> bool:
    """A verb that makes the line a sentence: a finite one, or the root of a command."""
    if parsed is None:
        return True  # unread: take it as a sentence and keep it
    return any(t.tag_ in _FINITE or (t.dep_ == "ROOT" and t.tag_ == "VB") for t in parsed)


def drop_contacts(doc: SourceDoc, sentences: list[Sentence]) -> list[Dropped]:
    """Mark every kept sentence that is contact details or a sign-off as dropped, and a
    verbless line just after a sign-off (the signer: "Director of Enforcement 14 October")."""
    dropped: list[Dropped] = []
    signed = -SIGNATURE_LINES - 1
    for sentence in sentences:
        if sentence.dropped:
            continue
        shown = doc.display(sentence.start, sentence.end)
        signer = sentence.line - signed <= SIGNATURE_LINES and not _finite(sentence.parsed)
        if signer or contact_line(shown, sentence.parsed):
            sentence.dropped = REASON
            dropped.append(Dropped(sentence.line, REASON, shown))
        if _SIGN_OFF.search(shown):
            signed = sentence.line
    return dropped
