"""Benchmark ``curriculum draft`` against its floor: the same spaCy pipeline run bare.

Two inputs: a 2 MB text made deterministically from the tune corpus's plain-text sources
(paragraphs cycled; every number shifted and a district named at each sentence's end per
copy, so that no sentence repeats and the draft's repeat filter does not shrink the work),
and the whole tune corpus (every file the draft command reads). For each, the floor is
``nlp.pipe`` over the same text with the same pipeline, no rules; the draft is the whole
command in this process (reading, parsing, rules, scoring, validation, writing). Floor and
draft runs are interleaved, so that load from other work on the machine hits both alike;
the fastest of ``--rounds`` runs of each is reported, with the ratio.

    .venv/bin/python bench/draft.py [--rounds N] [--size BYTES] [--skip-corpus]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
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


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def compare(name: str, root: Path, rounds: int) -> tuple[float, float]:
    from curriculum.draft import draft_modules, nlp

    sources = sorted((root / "sources").iterdir())
    blocks = floor_blocks(sources)
    chars = sum(len(b) for b in blocks)
    floors, drafts = [], []
    for n in range(rounds):
        processes = nlp.processes(len(blocks))  # the draft's own choice for this many texts
        floors.append(timed(lambda p=processes: list(
            nlp.pipeline().pipe(blocks, batch_size=nlp.BATCH, n_process=p))))
        out = root / f"out-{n}"
        drafts.append(timed(lambda o=out: draft_modules(root, sources, None, o, True)))
    floor, draft = min(floors), min(drafts)
    print(
        f"{name}: {len(sources)} file(s), {chars:,} characters; floor (nlp.pipe) {floor:.1f} s, "
        f"draft {draft:.1f} s, ratio {draft / floor:.2f} "
        f"(fastest of {rounds}; all floors {[round(f, 1) for f in floors]}, "
        f"drafts {[round(d, 1) for d in drafts]})"
    )
    return floor, draft


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--skip-corpus", action="store_true")
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
        floor, draft = compare("2 MB text", project(Path(tmp) / "big", [big]), args.rounds)
        print(f"goal: draft within 2x of the floor: {'met' if draft <= 2 * floor else 'MISSED'}; "
              f"2 MB under 15 s: {'met' if draft < 15 else 'MISSED'} ({draft:.1f} s)")
        if not args.skip_corpus:
            readable = [p for p in sorted(TUNE.iterdir()) if _readable(p)]
            compare("tune corpus", project(Path(tmp) / "tune", readable), args.rounds)


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
