"""Reviewed questions against today's drafts: each blind verdict with today's score and reasons.

Why: issue #9's gate (``scoring.THRESHOLD``) and ranking (the cap per source and theme, one
question per fact) can only be tuned on questions a reviewer has judged. The blind rounds'
verdict rows (stop number, text, question id, stem -> key, K/E/X, reason) are on texts since
retired into the corpus; ``bench/corpus_questions.py`` drafts the corpus, one project per text.
This joins the two: each row is found in a drafted tree by its question id, or failing that by
its stem and key within the set its stop reviewed, and the table gives where the question is
today (a module, or the audit's "Candidates below the threshold" with the reason that held it),
its score and reasons, its rule and type, its theme and the source's format. The summary counts
verdicts by where the question is, by score band and by reason, on even and odd stop numbers
apart (fit on one half, check on the other), so a change of a weight or the threshold is judged
by reviewed rows gained and lost, not by examples.

    .venv/bin/python bench/review_table.py ROWS REF_TREE [--tsv OUT.tsv]

ROWS: one verdict row per line, ``stopN:<TAB>> | text | `id` | stem -> key | K/E/X | reason |``
(older rounds put the verdict before the stem; both are read). REF_TREE: the ``out`` folder of
``bench/corpus_questions.py`` (``<set>/<file>/drafts/``).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

_ID = re.compile(r"\b([a-z]+(?:-[a-z]+)*-[0-9a-f]{8})\b")
_VERDICT = re.compile(r"^(K|E|X)\b(,.*)?$")
_RULE = re.compile(r"\s*# draft rule (\S+), from .*? line (\d+)")
_SCORE = re.compile(r"\s*# score ([0-9.]+):? ?(.*)")
_ITEM = re.compile(r"\s*- id: (\S+)")
_BELOW = re.compile(r"- `([a-z0-9-]+)` \(([a-z-]+), `.*?` line (\d+)\), score ([0-9.]+): (.*?) "
                    r"\*\*Answer:\*\* (.*?) \*\*Why:\*\* (.*)")
_MATCH = 82
"""Least fuzzy score (0-100) for a row found by its stem: reviewers quote stems shortened
("..."), and a stem may since have gained a name in front ("Under the <Act>, ...")."""


@dataclass
class Row:
    """One reviewer's verdict on one question."""

    stop: int
    text: str
    qid: str
    stem: str
    key: str
    verdict: str
    reason: str


@dataclass
class Candidate:
    """One candidate of a drafted text, in a module or in the audit."""

    set: str
    text: str
    qid: str
    where: str  # "module" or "below"
    theme: str
    rule: str
    stem: str
    key: str
    score: float | None
    reasons: str


def read_rows(lines: Iterable[str]) -> list[Row]:
    """The verdict rows; a header row ("| part | texts | ... |") has no verdict cell after a
    stem and is skipped."""
    rows = []
    for line in lines:
        if "\t" not in line or not line.startswith("stop"):
            continue
        stop, rest = line.rstrip("\n").split("\t", 1)
        cells = [c.strip() for c in rest.lstrip("> ").strip().strip("|").split(" | ")]
        at = next((i for i, c in enumerate(cells) if i > 0 and _VERDICT.match(c)), None)
        if at is None or cells[0] == "part":
            continue
        shown = next((c for c in cells if "->" in c or "→" in c), "")
        stem, key = shown, ""
        for arrow in ("->", "→"):
            if arrow in shown:
                stem, key = shown.rsplit(arrow, 1)
                break
        found = _ID.search(rest)
        rows.append(Row(int(stop[4:].rstrip(":")), cells[0], found.group(1) if found else "",
                        re.sub(r"^T/F\s*", "", stem.strip()).strip().strip('"“”'),
                        key.strip(), cells[at][0], " | ".join(cells[at + 1:])))
    return rows


def read_tree(root: Path) -> list[Candidate]:
    """Every candidate of every drafted text under ``root``: module questions with the score
    and reasons of their YAML comment, and the audit's candidates below the threshold (held
    back ones among them, with "held back: ..." in their reasons)."""
    out: list[Candidate] = []
    for project in sorted(p for p in root.glob("*/*") if (p / "drafts").is_dir()):
        where = (project.parent.name, project.name)
        for path in sorted((project / "drafts").glob("*-draft.yaml")):
            out += _module(path, where)
        audit = project / "drafts" / "draft-audit.md"
        if audit.exists():
            out += [Candidate(*where, m.group(1), "below", "", m.group(2),
                              m.group(5).replace("\\_", "_"), m.group(6), float(m.group(4)),
                              m.group(7).strip())
                    for m in map(_BELOW.match, audit.read_text("utf-8").splitlines()) if m]
    return out


def _module(path: Path, where: tuple[str, str]) -> list[Candidate]:
    text = path.read_text("utf-8")
    notes: dict[str, tuple[str, float, str]] = {}
    rule, score = "", None
    for line in text.splitlines():
        if m := _RULE.match(line):
            rule = m.group(1)
        elif m := _SCORE.match(line):
            score = (float(m.group(1)), m.group(2))
        elif (m := _ITEM.match(line)) and score is not None:
            notes[m.group(1)] = (rule, *score)
            rule, score = "", None
    module = yaml.safe_load(text)
    out = []
    for q in (module.get("quiz") or {}).get("questions") or []:
        rule, value, reasons = notes.get(q["id"], ("", None, ""))
        out.append(Candidate(*where, q["id"], "module", module["theme"], rule or q["type"],
                             q["prompt"], _key(q), value, reasons))
    return out


def _key(q: dict[str, Any]) -> str:
    if "answer" in q:
        return str(q["answer"])
    if "answers" in q:
        return " / ".join(map(str, q["answers"]))
    return " | ".join(("*" if o.get("correct") else "") + str(o["text"])
                      for o in q.get("options", []))


def _norm(text: str) -> str:
    marks = re.sub(r"[\\*_`\"\u201c\u201d'\u2019\u2026]|\.\.\.", " ", text)
    return re.sub(r"\s+", " ", marks).strip().lower()


def _key_fits(row: str, cand: str) -> bool:
    """The row's key is the candidate's (its starred option, its answer, true/false)."""
    want, have = _norm(row).split("(")[0].strip(), _norm(cand)
    if not want:
        return True
    starred = " ".join(re.findall(r"\*([^|]+)", cand.lower()))
    return want.split()[0] in (starred or have)


def sets_of(stop: int) -> set[str]:
    """The corpus sets a stop reviewed: stop N >= 21 reviewed held-out-(N-16); stops 19 and
    20 the first four held-out sets; an earlier stop reviewed a text outside the corpus (the
    2018 article), so its rows are found by id only (an empty set)."""
    if stop >= 21:
        return {f"held-out-{stop - 16}"}
    if stop in (19, 20):
        return {"held-out", "held-out-2", "held-out-3", "held-out-4"}
    return set()


def find(row: Row, tree: list[Candidate], by_id: dict[str, list[Candidate]]) -> tuple[
        Candidate | None, str]:
    """The candidate a row judged: by id (a module question first), else the best stem match
    in the stop's sets whose key fits; ("", None) when nothing matches well enough."""
    if row.qid in by_id:
        return sorted(by_id[row.qid], key=lambda c: c.where != "module")[0], "id"
    stem, allowed = _norm(row.stem), sets_of(row.stop)
    parts = [_norm(p) for p in re.split(r"\.\.\.|…|\[context\]", row.stem) if len(_norm(p)) >= 12]
    best: tuple[float, Candidate | None] = (0, None)
    if len(stem) <= 15:
        return None, ""
    for cand in tree:
        if cand.set not in allowed:
            continue
        theirs = _norm(cand.stem)
        value = min(fuzz.partial_ratio(p, theirs) for p in parts or [stem])
        fits = _key_fits(row.key, cand.key)
        if fits and row.key:
            value = max(value, fuzz.token_set_ratio(stem, theirs) - 3)
        value += (0 if fits else -10) + (1 if cand.where == "module" else 0)
        if value > best[0]:
            best = (value, cand)
    return (best[1], f"stem {best[0]:.0f}") if best[0] >= _MATCH else (None, "")


def reason_classes(reasons: str) -> set[str]:
    """A candidate's reasons as classes: the weight and the reason's words before its first
    colon, quotes and brackets blanked ('-0.10 points back: "the target" ...' -> '-0.10 points
    back')."""
    out = set()
    for part in re.split(r"; (?=[+-]?[0-9.]+ |fatal|not worth|held back)", reasons):
        m = re.match(r"([+-][0-9.]+) (.*)", part.strip())
        body = re.sub(r"\(.*?\)", "()", re.sub(r'".*?"', '"…"', m.group(2) if m else part))
        if body.strip():
            out.add(f"{m.group(1) + ' ' if m else ''}{body.split(':')[0][:60].strip()}")
    return out


def summary(table: list[tuple[Row, Candidate | None, str]]) -> list[str]:
    """Verdicts by where the question is today, by score band and by reason class, for all
    rows, even stops and odd stops."""
    out = []
    for name, keep in (("all", lambda s: True), ("even stops", lambda s: s % 2 == 0),
                       ("odd stops", lambda s: s % 2 == 1)):
        rows = [(r, c) for r, c, _ in table if keep(r.stop)]
        where = Counter((c.where if c else "not found", r.verdict) for r, c in rows)
        out.append(f"## {name}: {len(rows)} rows; " + ", ".join(
            f"{w} {v}={n}" for (w, v), n in sorted(where.items())))
        bands: dict[str, Counter[str]] = defaultdict(Counter)
        classes: dict[str, Counter[str]] = defaultdict(Counter)
        for r, c in rows:
            if c is None or c.where != "module":
                continue
            bands["none" if c.score is None else f"{int(c.score * 20 + 1e-6) / 20:.2f}"][
                r.verdict] += 1
            for k in reason_classes(c.reasons):
                classes[k][r.verdict] += 1
        out.append("module questions by score: " + "; ".join(
            f"{b} {dict(sorted(v.items()))}" for b, v in sorted(bands.items())))
        out += [f"  {dict(sorted(v.items()))} {k}"
                for k, v in sorted(classes.items(), key=lambda kv: -sum(kv[1].values()))]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("tree", type=Path)
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    rows = read_rows(args.rows.read_text("utf-8").splitlines())
    tree = read_tree(args.tree)
    by_id: dict[str, list[Candidate]] = defaultdict(list)
    for cand in tree:
        by_id[cand.qid].append(cand)
    table = [(r, *find(r, tree, by_id)) for r in rows]
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, delimiter="\t")
            out.writerow([*asdict(rows[0]).keys(), "found_by",
                          *(f"today_{k}" for k in Candidate.__dataclass_fields__)])
            for r, c, how in table:
                out.writerow([*asdict(r).values(), how, *(asdict(c).values() if c else [])])
    print("\n".join(summary(table)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
