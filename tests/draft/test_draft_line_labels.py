"""Issue #9, blind review 24 (and 22-23): a layout read wrongly puts words in a stem that are
not its sentence. A changelog's or an outliner's bullet names its line with a plain label
before a sentence in lower case ("Retention: records are kept ..."), a release note with
an emphasised label and a dash. Read as one sentence, the label became the stem's subject or a noun
hung on nothing ("As of November 2026, faster reporting: reports are routed ..."). Now an
emphasised label ends at a spaced dash as at a colon (``items.py``), and any stem that
still opens with a label is dropped with a plain reason (``stemcheck.fused_label``).
Short texts of our own."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_files as drafted
from draft_fixtures import prompt_lines as prompts

CHANGELOG = """# Changelog: Ravensholt exploitation referral portal

## 3.1.0 - 2026-08-03

### Changed
- Retention: closed referral files are now kept for 8 years after the last contact with the child.
- Hash checks: uploaded images are compared with the International Child Sexual
  Exploitation (ICSE) database before any analyst opens them.
- **Escalation** - referrals about a child at immediate risk must reach the duty
  inspector within 20 minutes.
"""



def test_a_bullets_plain_label_is_no_word_of_its_sentence(project: Path) -> None:
    """An emphasised label ends at a spaced dash as at a colon: the rule after it is read
    alone. A plain label before a sentence in lower case stays with its item (a glossary's
    "Term: definition" is written so too), and no stem shows it."""
    out = drafted(project, "changelog.md", CHANGELOG)
    shown = prompts(out)
    assert shown and not [p for p in shown if p.startswith(("Retention", "Hash", "Escalation"))]
    assert 'a label fused in front ("Retention:")' in out
    assert 'a label fused in front ("Hash checks:")' in out
    assert "Referrals about a child at immediate risk must reach the duty inspector within" in out


LINES = """Ravensholt safeguarding hub: notes for new staff

Storage: seized phones are kept in a sealed evidence bag for 28 days after the interview.

Sweden: a provider must report suspected abuse material to the police within 24 hours.
"""


def test_a_label_fused_in_front_of_a_line_is_dropped_with_its_reason(project: Path) -> None:
    out = drafted(project, "notes.txt", LINES)
    assert 'a label fused in front ("Storage:")' in out
    assert 'a label fused in front ("Sweden:")' not in out  # where the rule holds
    assert not [p for p in prompts(out) if p.startswith("Storage")]
