# ruff: noqa: E501  (expected texts are kept whole so they read as the file holds them)
"""A source's TLP handling marking is carried into the modules drafted from it
(``marking.py``): a draft that quotes a TLP:AMBER report must not be built as TLP:CLEAR.
Labels count (banners, running heads, header fields); mentions in running text and lists
that explain the protocol do not. Short texts of our own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml
from draft_fixtures import REPO, drafted_note, run

from curriculum.draft.marking import level_name, source_marking
from curriculum.draft.reading import read_source

_BODY = (
    "Officers must refer every report of online grooming to the on-call investigator within 2 hours.\n\n"
    "Under section 12 of the Child Online Safety Act 2019, a provider must preserve the data for 90 days.\n\n"
    "Investigators must check every image against the ICSE database before a victim identification referral.\n"
)


def _marking(tmp_path: Path, text: str, name: str = "brief.md") -> tuple[str | None, str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    found, said = source_marking(read_source(path, tmp_path))
    return (found.level if found else None), said


def test_a_banner_line_marks_the_source(tmp_path: Path) -> None:
    assert _marking(tmp_path, "TLP:AMBER - law enforcement use only\n\n# Guidance\n\n" + _BODY) == (
        "TLP:AMBER", "marked TLP:AMBER (line 1: TLP:AMBER - law enforcement use only)")


def test_a_header_field_and_a_running_head_are_labels(tmp_path: Path) -> None:
    assert _marking(tmp_path, "Title: Guidance\nClassification: TLP:GREEN\n---\n\n" + _BODY)[0] == "TLP:GREEN"
    assert _marking(tmp_path, "Albrenna Inspectorate | TLP:AMBER+STRICT | Page 2\n\n" + _BODY)[0] == "TLP:AMBER+STRICT"
    assert _marking(tmp_path, "---\ntitle: Guidance\ntlp: amber\n---\n\n" + _BODY)[0] == "TLP:AMBER"


def test_a_marking_line_that_names_two_levels_gives_the_stricter(tmp_path: Path) -> None:
    text = "Distr.: Restricted (TLP:AMBER for items marked with a star; remainder TLP:GREEN)\n\n" + _BODY
    assert _marking(tmp_path, text) == (
        "TLP:AMBER", "marked TLP:AMBER (line 1: Distr.: Restricted (TLP:AMBER for items marked with a star; remainder TLP:GREEN))")


def test_tlp_1_white_is_clear(tmp_path: Path) -> None:
    assert level_name("white") == "TLP:CLEAR"
    assert _marking(tmp_path, "TLP: WHITE\n\n" + _BODY)[0] == "TLP:CLEAR"


def test_a_mention_in_running_text_is_not_a_marking(tmp_path: Path) -> None:
    text = _BODY + "\nReports that partners send to the unit marked TLP:RED may not be forwarded to any other agency without the sender's written consent.\n"
    assert _marking(tmp_path, text) == (None, "no TLP marking found")


def test_a_list_explaining_the_levels_is_not_a_marking(tmp_path: Path) -> None:
    text = _BODY + "\nThe levels in use:\n\n- TLP:RED - for the named recipients only\n- TLP:AMBER - within the recipient's organisation\n- TLP:GREEN - within the community\n- TLP:CLEAR - no limit\n"
    assert _marking(tmp_path, text) == (
        None, "labels of 4 TLP levels (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:RED): read as an explanation of the protocol, not as the source's marking")
    assert _marking(tmp_path, _BODY + "\nTLP:RED: for the named recipients only.\n")[0] is None


def test_the_drafted_module_carries_the_strictest_marking_and_the_audit_says_why(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "brief.md", "TLP:AMBER\n\n# Guidance for officers\n\n" + _BODY + "\nPage 2 | TLP:GREEN\n")
    drafted = [yaml.safe_load(p.read_text("utf-8")) for p in sorted((tmp_path / "drafts").glob("*-draft.yaml"))]
    assert drafted and all(d["handling"] == "TLP:AMBER" for d in drafted)
    assert "handling: TLP:AMBER\n" in modules
    assert "- handling: marked TLP:AMBER (line 1: TLP:AMBER)" in audit


def test_an_unmarked_source_keeps_the_projects_default(tmp_path: Path) -> None:
    modules, audit = drafted_note(tmp_path, "brief.md", "# Guidance for officers\n\n" + _BODY)
    assert modules and "handling:" not in modules
    assert "- handling: no TLP marking found" in audit


def test_a_marking_no_stricter_than_the_projects_default_is_not_repeated(tmp_path: Path) -> None:
    config = yaml.safe_load((REPO / "curriculum.yaml").read_text("utf-8"))
    config["handling"] = "TLP:AMBER"
    (tmp_path / "curriculum.yaml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "brief.md").write_text("TLP:GREEN\n\n# Guidance for officers\n\n" + _BODY, "utf-8")
    here = Path.cwd()
    try:
        os.chdir(tmp_path)
        result = run("draft", "sources/brief.md", "--out", "drafts")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    texts = [p.read_text("utf-8") for p in sorted((tmp_path / "drafts").glob("*-draft.yaml"))]
    assert texts and not any("handling:" in t for t in texts)
    shutil.rmtree(tmp_path / "drafts")
