"""Benchmark: `curriculum import` of a large Moodle XML bank, against parsing it alone.

The bank is N copies of the single-choice question of
``tests/data/import/moodle-course-export.xml`` (ids and prompts numbered). Each round,
interleaved in one process so that machine load hits both sides alike, measures CPU time
(user + system, ``resource.getrusage``):

- the floor: ``lxml.etree.fromstring`` of the file (the least any reader must do);
- ours: ``import_bank`` (read, convert to Markdown, validate the module as `validate`
  does, write it atomically).

Usage: python bench/import_bank.py [--questions 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
from pathlib import Path

from lxml import etree

from curriculum.importing import import_bank
from curriculum.scaffold import init_project

FIXTURE = Path(__file__).parents[1] / "tests" / "data" / "import" / "moodle-course-export.xml"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _bank(count: int) -> str:
    match = re.search(r"<question type=\"multichoice\">.*?</question>",
                      FIXTURE.read_text(encoding="utf-8"), re.S)
    assert match is not None
    body = match.group(0)
    questions = [body.replace("CUST-01", f"CUST-{n}").replace("Who makes", f"In case {n}, who "
                                                              "makes") for n in range(count)]
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        init_project(root)
        bank = root / "large.xml"
        bank.write_text(_bank(args.questions), encoding="utf-8")
        floor, ours = [], []
        for number in range(args.rounds):
            start = _cpu()
            etree.fromstring(bank.read_bytes())
            floor.append(_cpu() - start)
            start = _cpu()
            result = import_bank(root, bank, "moodle", root / "out", module_id=f"large-{number}")
            ours.append(_cpu() - start)
        size = bank.stat().st_size // 1024
        print(f"{args.questions} questions ({size} KiB), best of {args.rounds} rounds, CPU time:")
        print(f"  floor (lxml parse)   {min(floor) * 1000:8.1f} ms")
        print(f"  curriculum import    {min(ours) * 1000:8.1f} ms "
              f"({min(ours) / args.questions * 1000:.2f} ms per question; "
              f"{min(ours) / max(min(floor), 1e-9):.0f}x the floor); wrote {result.questions}")


if __name__ == "__main__":
    main()
