"""Benchmark ``curriculum draft`` against its floor: the same spaCy pipeline run bare.

Two inputs: a 2 MB text made deterministically from the tune corpus's plain-text sources
(paragraphs cycled; every number shifted and a district named at each sentence's end per
copy, so that no sentence repeats and the draft's repeat filter does not shrink the work),
and the whole tune corpus (every file the draft command reads). For each, two floors:
the full pipeline run bare over the whole text (``nlp.pipe`` of every paragraph, in the
draft's own process count; ``--skip-floor`` leaves it out), and the cheapest pass the
draft runs over the whole text (tokenizer + sentencizer). The draft is the whole command in
this process (reading, parsing, rules, scoring, validation, writing). Floors and draft are
interleaved, so that load from other work on the machine hits them alike; the fastest of
``--rounds`` runs of each is reported, wall and CPU seconds (user + system, children
included), with the draft's ratio to each floor.

    .venv/bin/python bench/draft.py [--rounds N] [--size BYTES] [--skip-corpus] [--skip-floor]
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TUNE = REPO / "tests" / "data" / "draft-corpus" / "tune"
SIZE = 2_000_000
_NUMBER = re.compile(r"\b\d+\b")
_SENTENCE_END = re.compile(r"(?<=[a-z])\.(\s|$)")


def big_text(size: int) -> str:
    """Paragraphs of the tune corpus's .txt files, cycled until ``size`` bytes; numbers vary."""
    paragraphs = [
        p.strip()
        for path in sorted(TUNE.glob("*.txt"))
        for p in path.read_text("utf-8").split("\n\n")
        if len(p.split()) >= 12 and ":" not in p.split("\n", 1)[0][:20]
    ]
    out: list[str] = ["Drafting benchmark text", "", "Date: 1 March 2024", ""]
    total, copy = 0, 0
    while total < size:
        copy += 1
        for paragraph in paragraphs:
            text = _NUMBER.sub(lambda m, c=copy: _shift(m.group(0), c), paragraph)
            # a district per copy at each sentence's end: no sentence repeats another
            text = _SENTENCE_END.sub(lambda m, c=copy: f" in district {c}.{m.group(1)}", text)
            if total + len(text.encode()) + 2 > size:
                return "\n\n".join(out) + "\n"
            out.append(text)
            total += len(text.encode()) + 2
    return "\n\n".join(out) + "\n"


def _shift(number: str, copy: int) -> str:
    if len(number) == 4 and number.startswith(("19", "20")):
        return number  # years stay years
    return str(int(number) + copy)


def project(root: Path, sources: list[Path]) -> Path:
    """A project with the repository's themes and the given sources."""
    root.mkdir(parents=True)
    shutil.copyfile(REPO / "curriculum.yaml", root / "curriculum.yaml")
    (root / "modules").mkdir()
    (root / "sources").mkdir()
    for source in sources:
        shutil.copyfile(source, root / "sources" / source.name)
    return root


def floor_blocks(paths: list[Path]) -> list[str]:
    """The text of each file as paragraphs (what the floor pipes through spaCy)."""
    from curriculum.draft.reading import read_source

    blocks: list[str] = []
    for path in paths:
        doc = read_source(path, path.parent.parent)
        blocks += [b for b in re.split(r"\n\s*\n", doc.text) if b.strip()]
    return blocks


@dataclass
class Timing:
    """One run: wall seconds, and CPU seconds (user + system) of this process and of the
    worker processes it started."""

    wall: float
    own: float
    workers: float

    @property
    def cpu(self) -> float:
        return self.own + self.workers


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], object]) -> Timing:
    """Wall and CPU time of ``run`` (workers it starts are reaped before it returns)."""
    (own, kids), start = _cpu(), time.perf_counter()
    run()
    wall = time.perf_counter() - start
    own_after, kids_after = _cpu()
    return Timing(wall, own_after - own, kids_after - kids)


def compare(name: str, root: Path, rounds: int, full_floor: bool) -> dict[str, Timing]:
    """Interleave the floors and the draft ``rounds`` times; the fastest run of each."""
    from curriculum.draft import draft_modules, nlp

    sources = sorted((root / "sources").iterdir())
    blocks = floor_blocks(sources)
    chars = sum(len(b) for b in blocks)
    rows: dict[str, Callable[[], object]] = {
        "floor: tokenizer + sentencizer (cheapest pass over the whole text)": lambda: [
            nlp.sentence_spans(b) for b in blocks
        ],
    }
    if full_floor:
        rows["floor: full pipeline, bare (nlp.pipe over the whole text)"] = lambda: nlp.parse_with(
            blocks, nlp.processes(blocks)
        )
    runs: dict[str, list[Timing]] = {label: [] for label in [*rows, "draft (whole command)"]}
    for n in range(rounds):
        for label, run in rows.items():
            runs[label].append(timed(run))
        out = root / f"out-{n}"
        runs["draft (whole command)"].append(
            timed(lambda o=out: draft_modules(root, sources, None, o, True))
        )
    best = {label: min(times, key=lambda t: t.wall) for label, times in runs.items()}
    draft = best["draft (whole command)"]
    print(f"{name}: {len(sources)} file(s), {chars:,} characters (fastest of {rounds} by wall)")
    for label, timing in best.items():
        ratio = (f", draft/this {draft.wall / timing.wall:.2f} wall, "
                 f"{draft.cpu / timing.cpu:.2f} CPU")
        print(f"  {label}: wall {timing.wall:.1f} s, CPU {timing.cpu:.1f} s "
              f"({timing.own:.1f} s here, {timing.workers:.1f} s in workers)"
              + ("" if timing is draft else ratio)
              + f" (all walls {[round(t.wall, 1) for t in runs[label]]})")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--skip-floor", action="store_true",
                        help="leave out the full-pipeline floor (minutes on a busy machine)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from curriculum.draft import nlp

    start = time.perf_counter()
    nlp.pipeline()
    print(f"pipeline {nlp.model_name()} loaded in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        text = big_text(args.size)
        big = Path(tmp) / "bench-2mb.txt"
        big.write_text(text, "utf-8")
        print(f"generated {big.name}: {len(text.encode()):,} bytes")
        best = compare("2 MB text", project(Path(tmp) / "big", [big]), args.rounds,
                       not args.skip_floor)
        draft = best["draft (whole command)"].wall
        full = [t for label, t in best.items() if label.startswith("floor: full")]
        if full:
            print(f"goal: draft within 2x of the full floor: "
                  f"{'met' if draft <= 2 * full[0].wall else 'MISSED'}")
        print(f"goal: 2 MB under 15 s: {'met' if draft < 15 else 'MISSED'} ({draft:.1f} s wall)")
        if not args.skip_corpus:
            readable = [p for p in sorted(TUNE.iterdir()) if _readable(p)]
            compare("tune corpus", project(Path(tmp) / "tune", readable), args.rounds,
                    not args.skip_floor)


def _readable(path: Path) -> bool:
    """Files the draft command accepts (PDF and DOCX once the reader supports them)."""
    from curriculum.draft.reading import read_source
    from curriculum.errors import CurriculumError

    try:
        read_source(path, path.parent.parent)
    except CurriculumError:
        print(f"  (skipped {path.name}: not readable by this version of the reader)")
        return False
    return True


if __name__ == "__main__":
    main()
