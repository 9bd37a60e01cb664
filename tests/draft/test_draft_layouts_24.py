# ruff: noqa: E501  (expected stems are kept whole so they read as learners see them)
"""Issue #9, blind review 24: layouts of real kinds read as the kind means them. A name is
never read across a table's cells; a consolidated law's amendment brackets and markers stay
out of stems; a figure given as the value a change replaced is never the blank; "not
exceeding" caps what it bounds, as "not more than" does; a timeline's events are read as
prose, dated by their row; a tab-separated sheet is a table; "its Article 1" is named without its "its", and a list of noun phrases cut from its verb is no sentence. Short texts of our own, with the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import analysed, chosen, prompts

from curriculum.draft.themes import ThemeMatcher

_PLAYBOOK = """# Child safety escalation playbook

## Actions by tier

| Action | S0 | S1 | S2 | S3 |
| --- | --- | --- | --- | --- |
| Remove the content | Yes | Yes | Yes | Case by case |
| Suspend the account | Yes | Yes | Escalation lead decides | No |

## Reporting to police

For S0 cases of child sexual abuse material, the response team may disclose data to police without legal process where a child faces an emergency. The response team discloses the data to police within 60 minutes of the escalation lead's decision on child sexual abuse material.
"""


def test_a_name_is_never_read_across_a_tables_cells(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _PLAYBOOK, matcher, name="playbook.md")
    asked = [q.prompt for q in kept + below if "60 minutes" in q.prompt or "____ minutes" in q.prompt]
    assert asked, prompts(kept + below)
    assert all("of the escalation lead's decision" in p for p in asked), asked
    assert not [q.prompt for q in kept + below if "Yes Yes" in q.prompt or "Yes   Yes" in q.prompt]


_ACT_HTML = """<!DOCTYPE html><html><head><title>Child Protection (Online Offences) Act 2017</title></head><body>
<h1>Child Protection (Online Offences) Act 2017</h1>
<h2>11 Duty to report child sexual abuse material</h2>
<p>(1) A provider of an online service which becomes aware of child sexual abuse material on its service must report it to the police child protection unit within <span class="ins">[<sup>F10</sup>48 hours]</span> of becoming aware of it.</p>
<p>(2) A provider which has made a report under this section must preserve the child sexual abuse material for [F11 90 days] from the report.</p>
<h3>Textual amendments</h3>
<p><strong>F10</strong> Words in s. 11(1) substituted (1.1.2024) by the Criminal Justice Act 2023, s. 10.</p>
<p><strong>F11</strong> Words in s. 11(2) substituted (1.1.2024) by the Criminal Justice Act 2023, s. 11.</p>
</body></html>
"""


def test_a_consolidated_laws_amendment_brackets_stay_out_of_stems(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _ACT_HTML, matcher, name="act.html")
    texts = prompts(kept + below)
    assert any("to the police child protection unit within ____ hours of becoming aware of it" in p for p in texts), texts
    assert any("preserve the child sexual abuse material for ____ days from the report" in p for p in texts), texts
    assert not [p for p in texts if "[" in p or "]" in p or "F10" in p or "F11" in p], texts


_SUPERSEDED = """# Preservation of reports

Providers must preserve the content of each report of child sexual abuse material for one year from the report (extended from 90 days by the Reporting Act of 2024).

A provider must report child sexual abuse material within 24 hours (previously 7 days) of becoming aware of it.
"""


def test_the_value_a_change_replaced_is_never_the_blank(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _SUPERSEDED, matcher, name="preservation.md")
    counts = [(q.prompt, q.rule) for q in kept + below if q.rule == "count"]
    assert not [c for c in counts if "____ days" in c[0]], counts
    assert [c[0] for c in counts if "____ hours" in c[0]], counts


_CAP = """# Offences relating to child sexual abuse material

A person who distributes child sexual abuse material commits an offence and is liable on conviction to imprisonment for a term not exceeding 10 years.
"""


def test_not_exceeding_caps_the_figure_it_bounds(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _CAP, matcher, name="offences.md")
    asked = [q for q in kept + below if q.rule == "count" and "not exceeding ____ years" in q.prompt]
    assert asked, prompts(kept + below)
    assert not [r for q in asked for r in q.reasons if r.startswith("fatal")], [q.reasons for q in asked]


_TIMELINE = """<!DOCTYPE html><html><head><title>Key dates: child protection online</title>
<meta name="dcterms.created" content="2026-10-01"></head><body>
<h1>Key dates: child protection online</h1>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>20 Nov 1989</td><td>The UN General Assembly adopts the Convention on the Rights of the Child (CRC). Under its Article 1, a child is every human being below the age of 18 unless majority is attained earlier under national law.</td></tr>
<tr><td>2009</td><td>PhotoDNA, a robust hashing technology for child sexual abuse material, is introduced. Unlike a cryptographic hash, a robust hash still matches an image after resizing or recompression.</td></tr>
<tr><td>Nov 2018</td><td>INTERPOL reports that its International Child Sexual Exploitation database holds more than 1.5 million images and videos of child sexual abuse material.</td></tr>
</table>
</body></html>
"""


def test_a_timelines_events_are_read_as_prose_dated_by_their_row(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _TIMELINE, matcher, name="key-dates.html")
    texts = prompts(kept + below)
    assert any(p.startswith("Under Article 1 of the Convention on the Rights of the Child, a child is every human being below the age of") for p in texts), texts
    assert not [p for p in texts if "its Article 1" in p], texts
    dated = [p for p in texts if "International Child Sexual Exploitation" in p and "million" in p]
    assert dated and all(p.startswith("In November 2018, INTERPOL reports") for p in dated), texts
    adopted = [p for p in texts if "adopts the" in p]
    assert adopted and all(p.startswith("In November 1989, the UN General Assembly adopts the") for p in adopted), texts


_REVIEW = """# Reviewer's report

## Summary of the submission

The authors examine 412 closed victim identification referrals of a national police agency. For each referral they record the date the material first came to police attention, the date the child was identified and safeguarded, the route by which identification was achieved, and whether the series was already known in the INTERPOL International Child Sexual Exploitation (ICSE) database when it reached the unit.
"""


def test_a_list_of_noun_phrases_cut_from_its_verb_is_no_sentence(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _REVIEW, matcher, name="review.md")
    cut = [q for q in kept + below if q.prompt.startswith("The date the child was identified")]
    assert not [q.prompt for q in kept if q in cut], prompts(kept)
    assert all(any(r.startswith("fatal: the main clause has no verb") for r in q.reasons) for q in cut), [q.reasons for q in cut]


_EVALUATION = """# Mutual evaluation report: measures against online child sexual exploitation

## Recommendation 11 - International cooperation

4.8. Criterion 11.2 (Mostly met). A 24/7 point of contact for child sexual abuse material cases exists, as the Budapest Convention requires, but requests for expedited preservation of data took on average 9 days to be executed, against a 3-day target.
"""


def test_a_criterions_rating_is_no_provision_to_name(tmp_path: Path, matcher: ThemeMatcher) -> None:
    kept, below = chosen(tmp_path, _EVALUATION, matcher, name="evaluation.md")
    texts = prompts(kept + below)
    assert any("expedited preservation of data took on average" in p for p in texts), texts
    assert not [p for p in texts if "Under Criterion" in p or "Mostly met" in p], texts


_TRACKER = (
    "RECOMMENDATION TRACKER: RESPONSE TO ONLINE CHILD SEXUAL ABUSE\n"
    "Tracker owner: Strategic Planning Team\n\n"
    "Ref\tRecommendation\tOwner\tRAG\tDue date\n"
    "R1\tThe force should ensure that devices seized in online child sexual abuse investigations are examined within 3 months of seizure.\tDigital Forensics Unit Manager\tRED\t31/03/2026\n"
    "R2\tThe force should refer every child identified in seized child sexual abuse material to children's services within 24 hours of identification.\tSafeguarding Hub DI\tAMBER\t31/05/2026\n"
    "R3\tThe force should connect its victim identification officers to the INTERPOL ICSE database through the National Central Bureau.\tHead of Crime\tGREEN\t28/02/2026\n"
)


def test_a_tab_separated_sheet_is_a_table_never_prose_of_fused_cells(tmp_path: Path, matcher: ThemeMatcher) -> None:
    analysis = analysed(tmp_path, _TRACKER, matcher)
    tables = analysis.doc.tables
    assert len(tables) == 1 and len(tables[0].rows) == 3
    shown = [analysis.doc.display(s, e) for s, e in tables[0].header]
    assert shown == ["Ref", "Recommendation", "Owner", "RAG", "Due date"]
    kept, below = chosen(tmp_path, _TRACKER, matcher, name="tracker.txt")
    fused = [p for p in prompts(kept + below) if "RED" in p or "AMBER" in p or "R2 " in p or "R3 " in p or "Manager" in p]
    assert not fused, fused
