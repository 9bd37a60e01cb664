"""Issue #9, blind review 10 (V1): list items that open with a numbered provision's label
("Standard 4, Custody records: the ...", "Rule 7 - A seized ...", "Requirement 2.3: ...")
were read with the label fused in front of the rule, a citation (fatal), so every time
limit of a list of standards was lost. The label now names whose rule the item states:
"Under Standard 4 (Custody records), the ...". And a list item wrapped just before its
last figure ("... red below" / "75%.") keeps that figure. Short texts of our own, with
the exact outcome."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import run

STANDARDS = """# Harbour custody standards: inspection findings

The inspection checked every harbour station against four of the custody standards:

1. Standard 4, Custody records: the custody record of a detained child is opened within 2
hours of the child's arrival at the station.
2. Rule 7 - The officer who seizes a phone from a child suspected of online grooming must
seal it in an evidence bag within 30 minutes of the seizure.
3. Step 2: Close the interview room before the child arrives.
"""


def drafted(project: Path, name: str, text: str) -> str:
    (project / "sources" / name).write_text(text, "utf-8")
    result = run("draft", f"sources/{name}", "--out", "drafts")
    assert result.exit_code == 0, result.output
    return "\n".join(p.read_text("utf-8") for p in sorted((project / "drafts").glob("*.*")))


def test_a_provision_label_names_whose_rule_the_item_states(project: Path) -> None:
    out = drafted(project, "standards.md", STANDARDS)
    assert "citation fused in front" not in out
    assert "Under Standard 4 (Custody records), the custody record of a detained child is" in out
    assert "Under Rule 7, the officer who seizes a phone from a child suspected of online" in out
    assert "Under Step 2" not in out  # a step names no rule's source
    module = (project / "drafts" / "internet-facilitated-crimes-draft.yaml").read_text("utf-8")
    assert "prompt: Under Rule 7, the officer who seizes a phone from a child suspected" in module


BANDS = """Harbour station inspection: method

The inspectors rated each station by the share of custody records that met the standard.

- Rating bands: green for 90% or more of the records; amber for 75% to 89%; red below
75%.
- Each record was read by two inspectors.
"""


def test_a_list_item_wrapped_before_its_last_figure_keeps_it(project: Path) -> None:
    out = drafted(project, "bands.txt", BANDS)
    assert "fewer than two letters" not in out
