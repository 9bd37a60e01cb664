# ruff: noqa: E501  (texts are kept whole so they read as a source does)
"""Issue #9, blind review 27: layouts and sentences the twenty-fourth session's blind texts
showed the pipeline misreading, each on a short text of our own words with the exact
outcome."""

from __future__ import annotations

from pathlib import Path

import yaml
from draft_fixtures import REPO, chosen, drafted_note, prompts

from curriculum.draft.cleaning import clean
from curriculum.draft.diffs import unified_diffs
from curriculum.draft.distractors import false_value
from curriculum.draft.facts import Fact
from curriculum.draft.reading import read_source
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import CurriculumConfig

REDLINE = """From: policy review team
Subject: redline of the referral policy, version 1 to version 2

The change below is a plain unified diff: "-" lines are removed, "+" lines added.

--- a/referral-policy.txt	2025-01-10 09:00:00 +0000
+++ b/referral-policy.txt	2026-01-12 16:30:00 +0000
@@ -1,7 +1,8 @@
 REFERRAL POLICY

-3.3 Urgent referrals are allocated to the online team within 5 working days.
+3.3 Urgent referrals are allocated to the online team within 2 working days of
+    receipt, and a supervisor reviews the grade at least every 28 days.
 3.4 A running device is not switched off without the advice of the digital
-    forensics unit.
+    forensics unit, because volatile data may be lost.

 3.5 Support for the child never depends on a prosecution.
"""


def _paragraphs(tmp_path: Path, text: str, name: str = "redline.txt") -> list[str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    doc = read_source(path, tmp_path)
    return [" ".join(doc.display(b.start, b.end).split()) for b in clean(doc).blocks]


def test_a_unified_diff_is_read_as_its_new_version(tmp_path: Path) -> None:
    """A redline circulated as "diff -u": the removed rule (5 working days, true only of the
    old version) is not read at all, the kept lines lose their markers, the headers go, and
    a sentence whose old ending was replaced runs on into its new one."""
    paragraphs = _paragraphs(tmp_path, REDLINE)
    assert not any("5 working days" in p or "@@" in p or "a/referral" in p for p in paragraphs)
    assert "Urgent referrals are allocated to the online team within 2 working days of receipt, and a supervisor reviews the grade at least every 28 days." in paragraphs
    assert "A running device is not switched off without the advice of the digital forensics unit, because volatile data may be lost." in paragraphs
    assert "Support for the child never depends on a prosecution." in paragraphs


def test_a_diff_is_read_by_its_hunk_counts_and_prose_dashes_are_left_alone() -> None:
    """The hunk's counts end it: a list after it whose items open with "-" is prose, and a
    text with no hunk header has no diff at all."""
    text = REDLINE + "Notes for consultees:\n- reply by 2 March\n- quote the new numbers\n"
    diff = unified_diffs(text)
    assert [text[s:e].split()[0] for s, e in diff.removed] == ["-3.3", "-"]
    assert not any("reply by" in text[s:e] for s, e in diff.removed + diff.headers)
    plain = "Checks:\n--- first\n+++ second\n- one\n+ two\n"
    assert unified_diffs(plain).removed == []


SHORT_NAMED = """# Data held abroad

Data about a device is often held by a provider in another State. Where both States are parties to the Budapest Convention, expedited preservation can be asked for before a formal request for mutual legal assistance is sent.

Budapest Article 35 requires each Party to designate a point of contact available 24 hours a day, seven days a week. Responders should know how to reach theirs.
"""


def test_a_provision_cited_with_its_instruments_short_name_is_named_once(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Budapest Article 35" is shown "Article 35 of the Budapest Convention": the short
    name in front is taken into the full citation, not left before it."""
    kept, below = chosen(tmp_path, SHORT_NAMED, matcher)
    stems = prompts(kept + below)
    assert "Article 35 of the Budapest Convention requires each Party to designate a point of contact available 24 hours a day, seven days a week." in stems
    assert not any("Budapest Article" in stem for stem in stems)


SAME_INSTRUMENT = """# What the law already requires

The duty to act is not new. Article 35 of the UN Convention on the Rights of the Child obliges States to take all appropriate measures against the sale of children. Article 1 of the same Convention defines a child as a person under 18 unless majority is reached earlier under national law.
"""


def test_the_same_instrument_is_named_as_the_one_named_last(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "Article 1 of the same Convention", lifted alone, points back; the stem names the
    convention the text named last before it."""
    kept, below = chosen(tmp_path, SAME_INSTRUMENT, matcher)
    stems = prompts(kept + below)
    assert "Article 1 of the UN Convention on the Rights of the Child defines a child as a person under 18 unless majority is reached earlier under national law." in stems
    assert not any("same Convention" in stem for stem in stems)


GUIDE_WITH_SIDEBAR = """<html><head><title>Your child has been taken abroad: step by step</title></head><body>
<main>
<h1>Your child has been taken abroad: step by step</h1>
<h2>Report it to the police straight away</h2>
<p>There is no waiting period before you can report a child as missing. Give the police any travel details you have.</p>
<h2>Contact the Central Authority for Child Abduction</h2>
<p>The Central Authority sends your application to the authority of the other country.</p>
<h2>Apply for the return of the child</h2>
<p>If a court abroad has not decided within six weeks of the start of proceedings, the applicant may ask for a statement of the reasons for the delay.</p>
</main>
<aside aria-label="Related content">
<h2>Related content</h2>
<ul><li>Preventing abduction abroad</li><li>Report a missing child</li></ul>
<h2>Legislation and conventions</h2>
<ul><li>Hague Convention on the Civil Aspects of International Child Abduction</li></ul>
</aside>
</body></html>
"""


def test_a_sidebars_headings_are_no_section_of_the_document(tmp_path: Path) -> None:
    """A web page's side box ("Legislation and conventions" under "Related content") titles
    the box, not a part of the guide: it does not make the guide's sections seem to be of
    two themes, so its abduction rules are placed."""
    modules, audit = drafted_note(tmp_path, "guide.html", GUIDE_WITH_SIDEBAR)
    assert "may ask for a statement of the reasons for the delay" in " ".join(modules.split())
    assert "sections are of more than" not in audit


PAD = """# Working group notes, 3 March

- [x] ~~ask the network for the terminal upgrade dates~~ done, see item 2 :white_check_mark:

> [name=a.reyes] Clause 4 defines the material by reference to a person under 18.

Urgent referrals are allocated within ~~5~~ 2 working days of receipt.
"""

STRUCK_PAGE = """<html><body><h1>Referral policy, draft 3</h1>
<p>Urgent referrals are allocated within <del>5</del> <ins>2</ins> working days of receipt.</p>
<p>A supervisor reviews the grade at least every <s>56</s> 28 days.</p>
</body></html>
"""


def test_struck_text_is_superseded_and_pad_tags_leave_no_trace(tmp_path: Path) -> None:
    """Struck-through text (Markdown ``~~5~~``, HTML ``<del>``, ``<s>``) is what the author
    deleted: hidden whole, so the current figure is the one read; an emoji shortcode and a
    pad's author tag are markup."""
    paragraphs = _paragraphs(tmp_path, PAD, "pad.md")
    assert "Urgent referrals are allocated within 2 working days of receipt." in paragraphs
    assert "Clause 4 defines the material by reference to a person under 18." in paragraphs
    assert not any("upgrade" in p or "white_check" in p or "name=" in p for p in paragraphs)
    html = _paragraphs(tmp_path, STRUCK_PAGE, "page.html")
    assert "Urgent referrals are allocated within 2 working days of receipt." in html
    assert "A supervisor reviews the grade at least every 28 days." in html


NOTICE = """# Seizing mobile devices: best practice

Version 2.0 | Approved for publication: 4 May 2026

The Harrowgate Scientific Working Group on Digital Evidence, its committees, its members and every case cited here are fictional.
Treaties and research cited in this document are real and attributed in section 9.

## 1. Handling

Digital evidence is handled so that an independent examiner can repeat each step and reach the same result.

A running device that may be encrypted should not be switched off without advice from a digital forensic specialist, because volatile data may be lost.
"""


def test_the_documents_notice_that_its_names_are_invented_is_never_a_question(tmp_path: Path) -> None:
    """ "X, its members and every case cited here are fictional" says how to read the text:
    no blank in the body's name ("Working Group on ____"); the rule after it is still asked."""
    modules, audit = drafted_note(tmp_path, "practice.md", NOTICE)
    assert "fictional" not in modules[modules.find("questions:"):]
    assert "the document's notice that what it names is invented" in audit
    assert "switched off" in modules


def test_a_rule_about_invented_depictions_is_no_notice(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "... even where the child it depicts is fictional" is a rule of law, not the
    document's notice about its own names: it is still asked."""
    text = "# Generated material\n\nUnder the Online Safety Act 2031, making computer-generated sexual material of a person under 18 is an offence even where the child it depicts is fictional.\n"
    kept, below = chosen(tmp_path, text, matcher)
    found = [q for q in kept + below if "depicts is fictional" in q.prompt]
    assert found
    assert not any("notice" in r for q in found for r in q.reasons)


GREEN_NOTICE = """# Sharing information abroad

Countries may share what they know about a registered offender's journey with the countries on the route. This can be done through INTERPOL, whose Green Notice is used to give warnings and criminal intelligence about people who have committed criminal offences and are likely to repeat them in other countries.
"""


def test_a_defining_relative_clause_after_a_bare_noun_for_people_stays(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "... about people who have committed criminal offences ...": the clause is what
    "people" means here, so the stem is never cut before it; and "This can be done", a
    demonstrative standing as the passive subject, points back like "This is done"."""
    kept, below = chosen(tmp_path, GREEN_NOTICE, matcher)
    found = [q for q in kept + below if q.answers and q.answers[0] == "Green Notice"]
    assert found
    assert all("about people who have committed criminal offences" in q.prompt for q in found)
    assert all(q.prompt.startswith("Countries may share what they know") for q in found)  # "This" resolved


MEMBERS = """# Key findings

Children go missing before they are identified. In 2025, member States' child-protection services recorded 38 children in care who went missing within 72 hours of placement and who had indicators of trafficking.

In 2025, INTERPOL member countries' police services recorded 41 children in care who went missing within 72 hours of placement.
"""


def test_member_states_of_no_named_organisation_point_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "member States' services recorded 38 children": members of what? Held below the
    threshold with the reason; "INTERPOL member countries" names the organisation."""
    kept, below = chosen(tmp_path, MEMBERS, matcher)
    assert not any("member States'" in stem for stem in prompts(kept))
    assert any('"member States" of what organisation?' in r for q in below for r in q.reasons)
    assert not any("of what organisation" in r for q in kept + below if "INTERPOL member" in q.prompt for r in q.reasons)


def test_a_blank_that_completes_a_documents_title_is_part_of_the_name(tmp_path: Path) -> None:
    """ "the ACPO Good Practice Guide for ____" (Digital Evidence): the blank is a word of a
    guide's title, whatever the parser calls the name; killed like "Task Force for ____"."""
    text = "# Devices\n\nOfficers seizing devices follow the four principles of the ACPO Good Practice Guide for Digital Evidence (version 5, 2011).\n\nDigital evidence must be preserved so that an independent examiner can repeat each step.\n"
    themes = yaml.safe_load((REPO / "curriculum.yaml").read_text("utf-8"))["themes"]
    repo = ThemeMatcher(CurriculumConfig.model_validate({"title": "t", "themes": themes}).themes)
    kept, below = chosen(tmp_path, text, repo)
    blanks = [q for q in kept + below if q.rule == "key-term" and "Guide for ____" in q.prompt]
    assert blanks
    assert all('fatal: the blank is part of the name "ACPO Good Practice Guide for Digital Evidence"' in q.reasons for q in blanks)


def test_a_false_twin_falls_on_the_strict_side_of_a_bound() -> None:
    """ "within 24 hours" is met by any stricter limit, so "within 36 hours" reads as true of
    the same rule: the false value of an upper bound is lower, of a floor ("at least 21
    days") higher; a figure with no bound may go either way."""
    def twin(value: str, noun: str, before: str, after: str, seed: int) -> float:
        found = false_value(Fact("count", (0, 1), (0, 1), value, f"{value} {noun}", noun=noun),
                            seed, set(), None, after, before)
        assert found is not None
        return float(found)

    for seed in range(6):
        assert twin("24", "hours", "is risk assessed by a supervisor within ", " of receipt.", seed) < 24
        assert twin("21", "days", "must report travel at least ", " before departure.", seed) > 21
        assert twin("13", "years", "children who appear to be ", " of age or under.", seed) < 13
        assert twin("4", "hours", "review shifts are capped at ", " a day.", seed) < 4
    assert {twin("24", "hours", "is reviewed every ", " by a supervisor.", s) > 24 for s in range(6)} == {True, False}


def test_a_passive_this_after_its_own_clause_does_not_point_back(tmp_path: Path, matcher: ThemeMatcher) -> None:
    """ "...; this cannot be delegated" stands for the duty the stem shows before it."""
    text = "# Reporting duties\n\nWhere a teacher learns that a girl under 18 has been subjected to genital mutilation, the teacher must report it to the police within 24 hours; this cannot be delegated to a colleague.\n"
    kept, below = chosen(tmp_path, text, matcher)
    found = [q for q in kept + below if "this cannot be delegated" in q.prompt]
    assert found
    assert not any('points back: "this' in r for q in found for r in q.reasons)
