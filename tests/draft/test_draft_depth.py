"""Speed without changing drafts: the parse pre-filter, worker processes, and the in-depth
budget of very large sources (``depth.py``, ``nlp.py``)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from draft_fixtures import ARTICLE, DATA, REPO, run

from curriculum.draft import depth, nlp
from curriculum.draft.sentences import Sentence
from curriculum.draft.themes import ThemeMatcher
from curriculum.models import Theme

TUNE = REPO / "tests" / "data" / "draft-corpus" / "tune"


def _one_per_format() -> list[Path]:
    """The first tune text of each format, and the 2018 article: every reader and every
    kind of structure once. The whole tune corpus took three minutes of the suite for the
    same check (these tests draft it three times)."""
    first: dict[str, Path] = {}
    for path in sorted(TUNE.iterdir()):
        first.setdefault(path.suffix, path)
    return [*first.values(), ARTICLE]


def _draft_all(root: Path) -> dict[str, bytes]:
    """Draft one tune text of each format and the 2018 article with the repository's
    themes; every file written, by path."""
    root.mkdir(parents=True)
    shutil.copyfile(REPO / "curriculum.yaml", root / "curriculum.yaml")
    (root / "sources").mkdir()
    for path in _one_per_format():
        shutil.copyfile(path, root / "sources" / path.name)
    sources = sorted(f"sources/{p.name}" for p in (root / "sources").iterdir())
    here = Path.cwd()
    os.chdir(root)  # drafts cite sources by a project-relative path
    try:
        result = run("draft", *sources, "--out", "drafts")
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted((root / "drafts").rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _draft_all(tmp_path_factory.mktemp("baseline") / "proj")


def test_the_prefilter_changes_no_draft(
    baseline: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every sentence parsed, in one process: the same bytes as with the filter."""
    monkeypatch.setattr(depth, "worth_parsing", lambda *_: True)
    monkeypatch.setattr(nlp, "PROCESSES_FROM", 10**12)
    drafted = _draft_all(tmp_path / "proj")
    assert len(drafted) >= 6 and drafted.keys() == baseline.keys()
    for name, data in drafted.items():
        assert data == baseline[name], name


def test_two_processes_write_the_same_drafts(
    baseline: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each text's main parse (its sentences, 2,700 characters and more) goes to workers; the
    # dozens of short parses of pieces stay in this process. At 0, every one of the 104
    # parses started a pool and loaded the model twice: five minutes of the suite under
    # load, for a path ``test_worker_processes_give_the_same_parse`` checks doc by doc.
    monkeypatch.setattr(nlp, "PROCESSES_FROM", 1_000)
    drafted = _draft_all(tmp_path / "proj")
    assert drafted == baseline


def test_the_filter_leaves_out_sentences_in_the_corpus() -> None:
    """The filter is not vacuous: the corpus has sentences it keeps from the parser (few:
    nearly every sentence has a capitalised word after its first, which may be a name)."""
    from curriculum.draft.cleaning import clean
    from curriculum.draft.reading import read_source
    from curriculum.draft.sentences import split_sentences
    from curriculum.draft.themes import ThemeMatcher
    from curriculum.models import CurriculumConfig
    from curriculum.yamlio import read_yaml_file

    config = CurriculumConfig.model_validate(read_yaml_file(REPO / "curriculum.yaml").data)
    prefixes = ThemeMatcher(list(config.themes)).prefixes()
    skipped = 0
    for path in [*sorted(TUNE.glob("*.txt")), ARTICLE]:
        doc = read_source(path, REPO)
        for sentence in split_sentences(doc, clean(doc)):
            skipped += not depth.worth_parsing(sentence.text(doc), sentence, prefixes)
    assert skipped >= 2


def test_worker_processes_give_the_same_parse() -> None:
    texts = [
        "INTERPOL's ICSE database holds more than 4.3 million images and videos.",
        "Dr. Ama Mensah, head of the unit in Accra, said 25 children were identified.",
        "Officers must refer a child within 24 hours.",
    ] * 5
    alone, shared = nlp.parse_with(texts, 1), nlp.parse_with(texts, 2)
    assert [d.to_json() for d in alone] == [d.to_json() for d in shared]
    assert [e.text for e in shared[1].ents][:2] == ["Ama Mensah", "Accra"]
    assert [t.lemma_ for t in shared[0]][4] == "hold"


def test_workers_start_in_a_fresh_interpreter_and_parse_the_same() -> None:
    """A fork of the drafting process can hang the child for ever (a lock held by another
    thread, native ones included): workers start from a fork server, or are spawned."""
    assert nlp._start_method(["fork", "spawn", "forkserver"]) == "forkserver"
    assert nlp._start_method(["fork", "spawn"]) == "spawn"
    texts = ["Officers must refer a child within 24 hours.", "The unit identified 42 children."]
    shared = nlp.parse_with(texts, 2)
    assert [d.to_json() for d in shared] == [d.to_json() for d in nlp.parse_with(texts, 1)]


LARGE = """Budget test report

Date: 3 March 2024

{filler}

The victim identification unit identified 42 children from images and videos in 2023.

Officers must log every online grooming report within 24 hours of receipt.

The sex offender register lists 310 travelling sex offenders under monitoring.

Topics covered:

- Green Notice requests
- Register checks at borders
- Legislation on recidivism
"""
FILLER = "The branch office in district {n} bought {n} new filing cabinets that week."


@pytest.fixture
def large(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A source whose filler alone exceeds a (lowered) in-depth budget."""
    monkeypatch.setattr(depth, "DEPTH_BUDGET", 600)
    filler = "\n\n".join(FILLER.format(n=n) for n in range(10, 40))
    path = project / "sources" / "large.txt"
    path.write_text(LARGE.format(filler=filler), "utf-8")
    return path


def test_past_the_budget_theme_sentences_come_first_and_the_rest_is_counted(
    project: Path, large: Path
) -> None:
    result = run("draft", "sources/large.txt", "--out", "drafts")
    assert result.exit_code == 0, result.output
    drafts = project / "drafts"
    facts = {
        p.name: p.read_text("utf-8") for p in drafts.glob("*-draft.yaml")
    }
    joined = "\n".join(facts.values())
    for sentence in (
        "identified 42 children",
        "online grooming report within 24 hours",
        "310 travelling sex offenders",
    ):
        assert sentence in joined, sentence
    assert "filing cabinets" not in joined
    audit = (drafts / "draft-audit.md").read_text("utf-8")
    metrics = json.loads((drafts / "draft-metrics.json").read_text("utf-8"))
    skipped = metrics["sources"]["sources/large.txt"]["sentences_not_examined"]
    assert 20 <= skipped <= 30
    assert f"- not examined in depth: {skipped} sentences (" in audit
    assert "### Sentences not examined in depth" in audit
    assert "not examined in depth (ranked past the in-depth budget): The branch office" in audit
    assert "Green Notice requests" not in audit.split("### Sentences not examined")[1].split(
        "\n### ")[0]


def test_past_the_budget_the_draft_is_the_same_on_a_second_run(
    project: Path, large: Path
) -> None:
    first = run("draft", "sources/large.txt", "--out", "drafts")
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in (project / "drafts").iterdir() if p.is_file()}
    again = run("draft", "sources/large.txt", "--out", "drafts", "--force")
    assert again.exit_code == 0, again.output
    after = {p.name: p.read_bytes() for p in (project / "drafts").iterdir() if p.is_file()}
    assert after == before


def test_within_the_budget_nothing_is_left_unexamined(project: Path) -> None:
    result = run("draft", "sources/" + ARTICLE.name, "--out", "drafts")
    assert result.exit_code == 0, result.output
    audit = (project / "drafts" / "draft-audit.md").read_text("utf-8")
    metrics = json.loads((project / "drafts" / "draft-metrics.json").read_text("utf-8"))
    assert metrics["sources"]["sources/" + ARTICLE.name]["sentences_not_examined"] == 0
    assert "not examined in depth" not in audit




def _sentences(texts: list[str]) -> tuple[list[Sentence], dict[int, str]]:
    out, offset = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, offset, offset + len(text), "para", i + 1, None, "", False, True))
        offset += len(text) + 1
    return out, {s.index: t for s, t in zip(out, texts, strict=True)}


def test_past_the_budget_themes_take_turns_and_new_sentences_come_before_variants() -> None:
    """One theme filling the text does not starve the others, and twenty sentences that
    differ only in their figures do not take the budget from new ones."""
    themes = yaml.safe_load((DATA / "themes.yaml").read_text("utf-8"))["themes"]
    matcher = ThemeMatcher([Theme.model_validate(t) for t in themes])
    variants = [f"Officers logged {n} online grooming reports in district {n}." for n in range(20)]
    others = [
        "The register lists 310 travelling sex offenders.",
        "Abduction cases rose to 12 this year.",
        "Online coercion of young people is a growing concern.",
        "The branch office bought 5 new filing cabinets.",
    ]
    sentences, texts = _sentences([*variants, *others])
    budget = len(variants[0]) + sum(len(t) for t in others[:3])
    chosen = depth.choose_depth(sentences, lambda s: texts[s.index], matcher, budget)
    # round 1: each theme's best (victim identification has none); round 2: the new one
    assert [texts[s.index] for s in chosen.parse] == [variants[0], *others[:3]]
    assert len(chosen.unexamined) == 20
    everything = depth.choose_depth(sentences, lambda s: texts[s.index], matcher, 10**6)
    assert len(everything.parse) == 24 and not everything.unexamined
