"""Draft every text of the drafting corpus, one project per text, and list the module questions.

Why: issue #9's figures (module questions per corpus text, and how a change moves them) must be
reproducible by anyone with the repository. Each text is drafted as a new author would, in a
project of its own with the repository's themes (``curriculum draft sources/<file> --out
drafts/``), by the code in ``--src`` (default: this checkout's ``src``), so two versions of the
pipeline can be compared on the same texts. The output is one line per module question (set/file,
theme, id, stem, key), in corpus order; diff two runs' ``questions.txt`` to see what a change did.

    .venv/bin/python bench/corpus_questions.py OUT [--src DIR] [--jobs N] [SET_DIR ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "draft-corpus"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def texts(sets: list[Path]) -> list[Path]:
    """The corpus texts of the given set folders (every set but the generator's by default)."""
    folders = sets or sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name != "generator")
    return [f for d in folders for f in sorted(d.iterdir())
            if f.suffix in SUFFIXES and f.name != "README.md"]


def draft_one(text: Path, out: Path, src: Path) -> list[str]:
    """Draft one text in a fresh project under ``out``; its module questions as lines."""
    project = out / text.parent.name / text.name
    shutil.rmtree(project, ignore_errors=True)
    (project / "sources").mkdir(parents=True)
    (project / "modules").mkdir()
    shutil.copyfile(REPO / "curriculum.yaml", project / "curriculum.yaml")
    shutil.copyfile(text, project / "sources" / text.name)
    result = subprocess.run(
        [sys.executable, "-m", "curriculum", "draft", f"sources/{text.name}", "--out", "drafts/"],
        cwd=project, env=dict(os.environ, PYTHONPATH=str(src)), capture_output=True, text=True,
        check=False)
    (project / "draft.log").write_text(result.stdout + result.stderr, "utf-8")
    name = f"{text.parent.name}/{text.name}"
    lines = [f"{name}\tERROR exit {result.returncode}"] if result.returncode else []
    for path in sorted((project / "drafts").glob("*-draft.yaml")):
        module = yaml.safe_load(path.read_text("utf-8"))
        for question in (module.get("quiz") or {}).get("questions", []):
            lines.append(f"{name}\t{module['theme']}\t{question['id']}\t{question['prompt']}"
                         f"\t=> {key(question)}")
    return lines


def key(question: dict[str, Any]) -> str:
    """The keyed answer as a reviewer reads it: true/false, the blanks' answers, or the
    options with the correct one starred."""
    if "answer" in question:
        return str(question["answer"])
    if "answers" in question:
        return " / ".join(map(str, question["answers"]))
    return " | ".join(("*" if o.get("correct") else "") + str(o["text"])
                      for o in question.get("options", []))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", type=Path, nargs="*")
    parser.add_argument("--src", type=Path, default=REPO / "src")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_intermixed_args()
    out, src = args.out.resolve(), args.src.resolve()
    corpus = texts([s.resolve() for s in args.sets])
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda t: draft_one(t, out, src), corpus))
    lines = [line for r in results for line in r]
    (out / "questions.txt").write_text("".join(f"{line}\n" for line in lines), "utf-8")
    errors = sum("\tERROR " in line for line in lines)
    print(f"{len(lines) - errors} module questions, {errors} errors, {len(corpus)} texts")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
