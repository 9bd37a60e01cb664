"""Issue #9, blind reviews 22-24: a layout read wrongly puts words in a stem that are not
its sentence. A form puts a box's label on a line of its own over the text it asks for,
and a short heading or signature line sits over a paragraph with no stop; a wiki page
frames a box with an admonition marker ("??? info \"Retention\"", "> [!IMPORTANT]").
Read as one paragraph, their words were fused in front of the sentence under them. Now a
short first line with no stop stands apart from the line under it, and an admonition's
marker is dropped (``cleaning.py``). Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_files as drafted
from draft_fixtures import prompt_lines as prompts

FORM = """RAVENSHOLT POLICE
FORM RP-9  REFERRAL OF A CHILD AT RISK

Box 1   Date of referral
Box 2   Referring officer
Box 3   Risk level          [ ] Low   [ ] Medium   [ ] High
Box 4   Strategy meeting
        A strategy meeting is held within 3 working days of a high-risk referral.
Box 5   Signature
"""


def test_a_forms_box_labels_stand_apart_from_the_sentence_under_them(project: Path) -> None:
    out = drafted(project, "form.txt", FORM)
    assert "Strategy meeting A strategy" not in out
    assert "Box" not in "\n".join(prompts(out))
    assert "prompt: A strategy meeting is held within ____ of a high-risk referral." in out


WIKI = """# Image triage: first steps (team wiki)

Every new series is logged by the duty analyst.

??? info "Retention"
    Working copies of a closed series are deleted 30 days after its closure.

> [!IMPORTANT]
> A child who may still be in danger is reported to the local force within one hour
> of the first view.
"""


def test_a_wiki_admonitions_marker_is_no_word_of_the_boxs_sentence(project: Path) -> None:
    out = drafted(project, "wiki.md", WIKI)
    assert "a wiki admonition's marker (its kind and title)" in out
    shown = "\n".join(prompts(out))
    assert "Info" not in shown and "IMPORTANT" not in shown and "[!" not in shown
    assert "Working copies of a closed series are deleted" in out
