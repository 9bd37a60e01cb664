"""Drafts are written as a set: kill, SIGTERM or a full disk leave the old set or the new one.

Every step of the set writer (``curriculum.fileset.write_set``, the last call
of ``curriculum draft``) is visited with kill -9, SIGTERM and ENOSPC in a
forked process; the real ``curriculum draft`` command is then broken at
sampled steps, and a rerun after a killed first draft works without --force.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fault_support import (
    Outcome,
    base_env,
    debris,
    forked,
    forked_call,
    new_tag,
    steps,
    tree,
    wait_stopped,
)

from curriculum.cli import handles_errors
from curriculum.draft.nlp import DEFAULT_MODEL, load
from curriculum.fileset import recover, write_set

sys.path.insert(0, str(Path(__file__).parent.parent / "draft"))
from draft_fixtures import make_project

pytestmark = pytest.mark.slow

SMALL = ["sources/vid-workshop.md"]
MORE = ["sources/vid-workshop.md", "sources/offender-briefing.html"]
NAMES = ("a-draft.yaml", "b-draft.yaml", "c-draft.yaml", "draft-audit.md", "draft-metrics.json",
         "sources/report.pdf.md")
"""Like a draft run: three drafts, audit, metrics, and a text extracted from a PDF."""


def _visible(folder: Path) -> dict[str, bytes]:
    """What an author sees: the files, without the tool's hidden staging folder and lock."""
    return {k: v for k, v in tree(folder).items()
            if not any(part.startswith(".") for part in Path(k).parts)}


def _write_with(folder: Path, version: str, replace: bool, fault: str | None) -> Outcome:
    texts = {folder / name: f"{name} version {version}\n" * 50 for name in NAMES}
    call = handles_errors(lambda: write_set(texts, replace_existing=replace))
    return forked_call(call, folder.parent, fault)


@pytest.fixture
def sets(tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A folder holding the author's own module and set A; the contents of A and of B."""
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / "mine.yaml").write_text("id: mine\n", "utf-8")
    assert _write_with(folder, "B", False, None).code == 0
    b = _visible(folder)
    for name in NAMES:
        (folder / name).unlink()
    assert _write_with(folder, "A", False, None).code == 0
    a = _visible(folder)
    return folder, a, b


def _trace(folder: Path) -> list[str]:
    """The operation of every step of writing set B over set A."""
    outcome = _write_with(folder, "B", True, "trace")
    assert outcome.code == 0
    return [line.split()[2] for line in outcome.output.splitlines()
            if line.startswith("curriculum-fault-step ")]


def _restore(folder: Path, a: dict[str, bytes]) -> None:
    for name in NAMES:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(a[name])


def test_a_set_killed_at_every_step_comes_back_whole(
    sets: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    folder, a, b = sets
    operations = _trace(folder)
    _restore(folder, a)
    assert operations.count("rename") == 2 * len(NAMES)
    for number in range(1, len(operations) + 1):
        _restore(folder, a)
        outcome = _write_with(folder, "B", True, f"kill@{number}")
        assert outcome.code == -9, number
        recover(folder)  # what the next run into the folder does first, under the lock
        assert _visible(folder) in (a, b), number
        assert debris(folder) == [] or debris(folder) == [".curriculum.lock"]
        assert (folder / "mine.yaml").read_text("utf-8") == "id: mine\n"


def test_a_set_stopped_by_sigterm_or_a_full_disk_at_every_step_is_undone(
    sets: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    folder, a, b = sets
    operations = _trace(folder)
    for number, operation in enumerate(operations, start=1):
        for fault, code in (("term", 143), ("ENOSPC", 1)):
            if fault == "ENOSPC" and operation == "remove":
                continue  # removing never fails for want of space
            _restore(folder, a)
            outcome = _write_with(folder, "B", True, f"{fault}@{number}")
            assert outcome.code == code or (fault == "ENOSPC" and outcome.code == 0), \
                (fault, number, outcome.output)
            assert _visible(folder) in (a, b), (fault, number)
            assert debris(folder) == [], (fault, number)
            if outcome.code == 1:
                assert _visible(folder) == a
                assert "No space left on device" in outcome.output


def test_a_killed_first_set_does_not_block_the_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    outcome = _write_with(folder, "B", False, "kill@12")  # half of the set renamed in
    assert outcome.code == -9
    assert 0 < len(_visible(folder)) < len(NAMES)  # what a kill -9 leaves, until ...
    assert (folder / "sources").is_dir()
    again = _write_with(folder, "B", False, None)  # ... the next run, without --force
    assert again.code == 0, again.output
    assert sorted(_visible(folder)) == sorted(NAMES)
    assert debris(folder) == []


def test_a_first_set_undone_removes_the_sub_folder_it_made(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    outcome = _write_with(folder, "B", False, "ENOSPC@12")
    assert outcome.code == 1, outcome.output
    assert sorted(os.listdir(folder)) == []


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The draft tests' project; spaCy's pipeline is loaded here, once, so that forked drafts
    start with it as they start with everything else (fault_support), whatever ran before."""
    load(DEFAULT_MODEL)
    return make_project(tmp_path / "proj")


def _draft(project: Path, sources: list[str], fault: str | None = None,
           force: bool = False) -> Outcome:
    args = ["draft", *sources, "--out", "drafts", *(["--force"] if force else [])]
    return forked(args, project, fault)


def test_the_draft_command_killed_or_stopped_mid_set(project: Path) -> None:
    """`curriculum draft` itself, broken in the middle of renaming its set into place."""
    assert _draft(project, SMALL).code == 0
    a = _visible(project / "drafts")
    assert _draft(project, MORE, force=True).code == 0
    b = _visible(project / "drafts")
    assert a != b and len(a) == len(b) == 6
    found = steps(["draft", *MORE, "--out", "drafts", "--force"], project)
    renames = [n for n, op, _ in found if op == "rename"]
    middle = renames[len(renames) // 2]
    for fault, code in ((f"kill@{middle}", -9), (f"term@{middle}", 143),
                        (f"ENOSPC@{renames[-1]}", 1)):
        _restore_drafts(project, a)
        outcome = _draft(project, MORE, fault, force=True)
        assert outcome.code == code, (fault, outcome.output)
        assert "Traceback" not in outcome.output
        if code != -9:
            assert _visible(project / "drafts") == a, fault
            assert debris(project / "drafts") == []
    rerun = _draft(project, MORE, force=True)
    assert rerun.code == 0, rerun.output
    assert _visible(project / "drafts") == b and debris(project / "drafts") == []


def _restore_drafts(project: Path, files: dict[str, bytes]) -> None:
    folder = project / "drafts"
    for path in folder.iterdir():
        if path.is_file() and not path.name.startswith("."):
            path.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)


def test_a_killed_first_draft_reruns_without_force(project: Path) -> None:
    found = steps(["draft", *SMALL, "--out", "drafts"], project)
    for path in (project / "drafts").iterdir():
        path.unlink()
    renames = [n for n, op, _ in found if op == "rename"]
    outcome = _draft(project, SMALL, f"kill@{renames[2]}")
    assert outcome.code == -9
    rerun = _draft(project, SMALL)
    assert rerun.code == 0, rerun.output
    assert len(_visible(project / "drafts")) == 6 and debris(project / "drafts") == []


def test_two_drafts_at_once_are_refused_with_the_lock(project: Path) -> None:
    first = subprocess.Popen([sys.executable, "-m", "curriculum", "draft", *SMALL, "--out",
                              "drafts"], cwd=project, env=base_env(new_tag(), "stop@2"),
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wait_stopped(first.pid)
    second = _draft(project, SMALL)
    assert second.code == 2
    assert (f"curriculum: error: drafts/ is being written by another curriculum run "
            f"(pid {first.pid}): lock file drafts/.curriculum.lock") in second.output
    first.send_signal(signal.SIGCONT)
    output, _ = first.communicate(timeout=120)
    assert first.returncode == 0, output
    assert debris(project / "drafts") == []

