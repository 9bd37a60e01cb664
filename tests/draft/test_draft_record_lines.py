# ruff: noqa: E501  (the note and the expected lines are kept whole so they read as written)
"""Record-keeping lines, enquiry lines and a cited study's design are never asked as content
(blind review 20: b4, a1, b5). Drafted from a short note of our own: a handover's
"Outstanding: (a) ...; (b) ..." line is held as a line of one case's record
(``records.log_line``), "Questions about this review may be addressed to ..." is left out as
an enquiry line (``contacts.py``) and "this review" is never named by the heading "7. Next
review" (``referents.py``), and "Smith et al. (2022) surveyed the ... (ICAC) ..." asks no
acronym (``designs.py``); the rules and the study's finding beside them are still asked."""

from __future__ import annotations

import pytest
from draft_fixtures import drafted_note

from curriculum.draft import nlp
from curriculum.draft.contacts import REASON, contact_line
from curriculum.draft.designs import design
from curriculum.draft.records import log_line
from curriculum.draft.referents import earlier_name

NOTE = """# Missing children: notes for response officers

A report of a missing child must be risk-assessed at once. Officers must search the home address of a missing child within 1 hour of the report.

## Handover record

HANDOVER (to night-shift sergeant, 22:00)

Outstanding: (a) witness stmt no. 9 Mill Close - obtained verbally only; (b) CCTV copy EP-7 - retain for 31 days; (c) referral to children's social care within 24 hrs - for day team.

## Research

Smith et al. (2022) surveyed the United States Internet Crimes Against Children (ICAC) Task Force network on wellness practices and policies. They found that 40% of task forces offered no mandatory psychological assessment to investigators.

### 7. Next review

Progress will be reported to the steering board in September 2026. Questions about this review may be addressed to the Joint Coordination Cell, Harbour House, 12 Quaymarket, Rellany City.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The written modules (all themes, one string) and the audit, drafted once."""
    return drafted_note(tmp_path_factory.mktemp("record-lines"), "note.md", NOTE)


def test_none_of_the_three_reaches_a_module(drafted: tuple[str, str]) -> None:
    modules, _ = drafted
    written = " ".join(modules.split())
    for text in ("Quaymarket", "Next review"):
        assert text not in written, text
    for prompt in ("prompt: 'Outstanding", "prompt: Outstanding", "prompt: Smith et al."):
        assert prompt not in written, prompt  # facts, but no question
    assert "A report of a missing child must be risk-assessed at once." in written


def test_the_audit_says_why(drafted: tuple[str, str]) -> None:
    _, audit = drafted
    written = " ".join(audit.split())
    assert f"- line 17: {REASON}: " in audit  # the enquiry line
    assert 'named as in line 15' not in written  # "7. Next review" never names "this review"
    held = [line for line in audit.splitlines() if "not worth asking: a line of one case's record" in line]
    assert held and all("line 9" in line for line in held)
    design_held = [line for line in audit.splitlines() if "not worth asking: a cited study's design" in line
                   and "-draft.yaml`" not in line]  # a theme's line quotes its best candidate's reasons
    assert design_held and all("line 13" in line for line in design_held)


@pytest.mark.parametrize(("text", "why"), [
    ("Outstanding: (a) witness stmt no. 9 Mill Close - can be NFA'd; (b) CCTV copy EP-7 - retain.", "the record's label \"Outstanding:\""),
    ("Action: PC Lowe to re-interview the neighbour by Friday.", "the record's label \"Action:\""),
    ("(a) visit the school; (b) call the father back.", 'lettered items, "(a) ... (b) ...", and no sentence of its own'),
    ("21:05 | Safe-and-well conversation with the child at home.", "an entry opened by its time"),
    ("00:47 - The platform disclosed the account's subscriber details.", "an entry opened by its time"),
    ("The elements are therefore: (a) age under 16; (b) a taking or detention.", ""),
    ("An offender must notify (a) his name; (b) his home address.", ""),
    ("At 21:05 the officers arrived at the address.", ""),
    ("Section: (a); Content: identity of the requested person.", ""),
])
def test_what_counts_as_a_line_of_a_record(text: str, why: str) -> None:
    assert log_line(text) == why


@pytest.mark.parametrize(("text", "held"), [
    ("Questions about this review may be addressed to the Joint Coordination Cell, Harbour House, 12 Quaymarket, Rellany City.", True),
    ("Comments may be sent to the editorial secretary, who has held the post since 2021.", True),
    ("Enquiries to: the Policy Unit, Mill House.", True),
    ("For further information, please contact the safeguarding team.", True),
    ("If you have any questions about this leaflet, please contact your school.", True),
    ("Concerns about a child must be referred to children's social care within 24 hours.", False),
    ("Questions from the child should be answered honestly.", False),
    ("For further information on grooming, see section 4.", False),
    ("Officers may ask the family for more information.", False),
])
def test_what_counts_as_an_enquiry_line(text: str, held: bool) -> None:
    assert contact_line(text, nlp.parse([text])[0]) is held


@pytest.mark.parametrize(("text", "found"), [
    ("Smith et al. (2022) surveyed the United States Internet Crimes Against Children (ICAC) Task Force network on wellness practices.", ("Smith et al. (2022)", "surveyed")),
    ("Patel and Jones (2019) interviewed 40 investigators in three forces.", ("Patel and Jones (2019)", "interviewed")),
    ("Patel and Jones (2019) interviewed 40 investigators and found that half had no supervision.", None),
    ("Hanson and Bussiere (1998) found an average sexual recidivism rate of 13.4%.", None),
    ("Seto, Hanson and Babchishin (2011) reported that 4.6% of online offenders reoffended.", None),
    ("Officers interviewed the child within 24 hours.", None),
])
def test_what_counts_as_a_cited_design(text: str, found: tuple[str, str] | None) -> None:
    assert design(nlp.parse([text])[0]) == found


def test_a_numbered_heading_names_nothing() -> None:
    text = "### 7. Next review\n\nProgress will be reported. Questions about this review go to the cell."
    assert earlier_name(text, text.index("this review") + 5, ["review"]) is None
    named = "## The Serious Case Review\n\nQuestions about the review go to the cell."
    found = earlier_name(named, named.index("the review") + 4, ["review"])
    assert found is not None and found[0].endswith("Serious Case Review")
