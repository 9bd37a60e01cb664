"""Benchmark: ``curriculum validate`` on a large synthetic curriculum against a floor.

The floor is the least any validator must do: read every file, parse it with
PyYAML's C loader and serialise it with ``json.dumps``. Both are run as fresh
processes, as a user runs them, so interpreter start-up counts on both sides.
The figure that matters is the ratio (goal: within 3x of the floor).

Usage:
    python bench/validate.py [--modules 500] [--questions 25] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import json, sys, yaml
from pathlib import Path
total = 0
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    data = yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
    total += len(json.dumps(data))
print(total)
"""

TEXT = (
    "victim identification requires careful analysis of digital visual and audio content "
    "combined with traditional investigative methods officers start with the evidence and "
    "work back towards the place where the crime was committed international cooperation "
    "through national central bureaus supports safeguarding of children in every region"
)
WORDS = TEXT.split(" ")


def sentence(rng: random.Random, index: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 18))]
    return f"Finding {index}: " + " ".join(words).capitalize() + "."


def write_source(root: Path, rng: random.Random, count: int) -> list[str]:
    sentences = [sentence(rng, i) for i in range(count)]
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "report.txt").write_text("\n".join(sentences) + "\n", "utf-8")
    return sentences


CONFIG = """title: Synthetic curriculum
date: "2018-11-29"
themes:
  - id: theme-a
    title: Theme A
  - id: theme-b
    title: Theme B
"""


def question(index: int, quote: str, rng: random.Random) -> str:
    kind = index % 5
    head = (
        f"    - id: q{index}\n      prompt: Question {index} about the finding?\n"
        f"      objective: obj-{index % 3}\n      explanation: Because the report says so.\n"
        f'      cite: {{source: report, quote: "{quote}"}}\n'
    )
    if kind == 0:
        right = rng.randint(0, 3)
        options = "".join(
            f"        - {{text: Option {n} of {index}{', correct: true' if n == right else ''}}}\n"
            for n in range(4)
        )
        return head + "      type: single_choice\n      options:\n" + options
    if kind == 1:
        return head + "      type: true_false\n      answer: false\n"
    if kind == 2:
        return head.replace("?", " ____?", 1) + "      type: fill_blank\n      answers: [report]\n"
    if kind == 3:
        return head + "      type: numeric\n      answer: 216\n      tolerance: 0\n"
    items = "".join(f"        - Step {n} of {index}\n" for n in range(4))
    return head + "      type: ordering\n      items:\n" + items


def module_text(mid: str, sentences: list[str], rng: random.Random, questions: int) -> str:
    sections = "".join(
        f"  - id: section-{s}\n    title: Section {s}\n    minutes: 10\n    body: |\n"
        f"      {rng.choice(sentences)} {rng.choice(sentences)}\n"
        f"    key_points: [First point, Second point]\n    facts:\n"
        f"      - text: A fact from the report.\n"
        f'        cite: {{source: report, quote: "{rng.choice(sentences)}"}}\n'
        for s in range(6)
    )
    qs = "".join(question(i, rng.choice(sentences), rng) for i in range(questions))
    return (
        f"id: {mid}\ntitle: Module {mid}\ntheme: theme-{'ab'[len(mid) % 2]}\nduration: 90\n"
        "level: foundation\naudience: [investigators, prosecutors]\nobjectives:\n"
        + "".join(f"  - id: obj-{o}\n    text: Explain part {o}.\n" for o in range(3))
        + "sources:\n  - id: report\n    path: sources/report.txt\n    title: Report\n"
        "    publisher: Example\nsections:\n"
        + sections
        + f"quiz:\n  pass_mark: 80\n  draw: {questions // 2}\n  questions:\n"
        + qs
    )


def generate(root: Path, modules: int, questions: int) -> int:
    """Write the synthetic project; return its total size in bytes."""
    rng = random.Random(1234)
    sentences = write_source(root, rng, 400)
    (root / "curriculum.yaml").write_text(CONFIG, "utf-8")
    (root / "modules").mkdir()
    for n in range(modules):
        mid = f"module-{n:04d}"
        (root / "modules" / f"{mid}.yaml").write_text(
            module_text(mid, sentences, rng, questions), "utf-8"
        )
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def timed(command: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB, exit code and last output line of one fresh process."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    return elapsed, usage.ru_maxrss / 1024, proc.returncode, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", type=int, default=500)
    parser.add_argument("--questions", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into DIR and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="curriculum-bench-"))
    if root.exists() and args.keep:
        shutil.rmtree(root)
    size = generate(root, args.modules, args.questions)
    print(
        f"synthetic curriculum: {args.modules} modules x {args.questions} questions, "
        f"{size / 1e6:.1f} MB of YAML and sources, in {root}"
    )
    floor = [
        timed([sys.executable, "-c", FLOOR, str(root / "modules")], root)
        for _ in range(args.repeat)
    ]
    ours = [
        timed([sys.executable, "-m", "curriculum", "validate"], root) for _ in range(args.repeat)
    ]
    if ours[0][2] != 0:
        raise SystemExit(f"validate failed on the synthetic curriculum: {ours[0][3]}")
    floor_s = statistics.median(t for t, *_ in floor)
    ours_s = statistics.median(t for t, *_ in ours)
    print(
        f"floor (CSafeLoader + json.dumps, fresh process): median {floor_s:.2f} s "
        f"of {[round(t, 2) for t, *_ in floor]}, peak RSS {max(p for _, p, *_ in floor):.0f} MB"
    )
    print(
        f"curriculum validate (fresh process):           median {ours_s:.2f} s "
        f"of {[round(t, 2) for t, *_ in ours]}, peak RSS {max(p for _, p, *_ in ours):.0f} MB"
    )
    print(f"validate says: {ours[0][3]}")
    print(f"ratio validate / floor: {ours_s / floor_s:.2f}x (goal <= 3.00x)")
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
