"""Issue #9, held-out-30 a5 (blind review, class 1): a mailing-list digest's contents, one
subject line and its sender a numbered item, were read as sentences and drafted into
questions ("'Wait ____ hours' still in ... (sender)" -> 24, the myth the thread corrects).
``digests.py``: a list of three items or more, each ending with its sender's name in
brackets or opening with "Re:", is a list of messages, left out with its reason in the
audit; the messages' bodies are read as before. Drafted from a short digest of our own."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft.assertion import subject_line

DIGEST = """SAFEGUARD-LIST Digest, Vol 4, Issue 9

Today's Topics:

   1. Missing children are reported to police within 2 hours here (Ruth Calloway)
   2. Re: Missing children are reported to police within 2 hours here (Omar Veldt)
   3. Victim identification teams share images within 24 hours (Lena Fairbrook)

Message: 1

In our force, a missing child must be reported to the police within 2 hours of the carer noticing.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("digest"), "digest.txt", DIGEST)


def test_a_digests_contents_are_no_sentences(drafted: tuple[str, str]) -> None:
    modules, audit = drafted
    assert "(Ruth Calloway)" not in modules and "(Lena Fairbrook)" not in modules
    assert "a list of messages (a subject line and its sender" in audit
    assert "must be reported to the police within" in modules


MAIL = """From: Ruth Calloway <r.calloway@example.org>
To: safeguarding-team@example.org
Date: Tue, 3 Mar 2026 09:12:00 +0000
Subject: Re: Missing children must be reported to police within 2 hours of being noticed

Hi all,

Re: Missing children must be reported to police within 2 hours of being noticed

Our force policy says a missing child must be reported to the police within 1 hour
of the carer noticing.

Ruth
"""


def test_a_subject_line_in_a_body_is_no_fact(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A reply's subject quoted in the body ("Re: ...") is a message's title: no fact of
    the module, no question (``assertion.subject_line``); the body's statement stays."""
    modules, _ = drafted_note(tmp_path_factory.mktemp("mail"), "mail.txt", MAIL)
    assert "Re: Missing children" not in modules
    assert "within 1 hour of the" in modules


@pytest.mark.parametrize(("text", "expected"), [
    ("Re: Missing children must be reported within 2 hours", True),
    ("**Fwd:** Notice periods for travel", True),
    ("Reports must be made within 2 hours.", False),
    ("Regarding the notice: officers must act within 2 hours.", False),
])
def test_which_lines_are_subject_lines(text: str, expected: bool) -> None:
    assert subject_line(text) is expected
