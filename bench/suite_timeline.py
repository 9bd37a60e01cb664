"""Where the test suite's time goes: which files each xdist worker ran, when, and their CPU.

Why: the rule is "the suite under 15 minutes on 2 cores", and with ``--dist loadfile`` a file
is the unit of work, so what matters is which files each worker ran, in what order, how long
each took and how much CPU it used. Wall time alone misleads on a shared machine; the CPU of
the worker and of the processes it started and waited for does not.

As a pytest plugin (every worker writes ``OUT/<worker>.jsonl``, one line per test: start and
end times, the worker's own CPU and that of its reaped children during the test)::

    PYTHONPATH=src:bench SUITE_TIMELINE=OUT .venv/bin/python -m pytest -p suite_timeline

then one line per file and worker (start and end in seconds from the first test, wall, CPU
own + children, tests, the longest test)::

    .venv/bin/python bench/suite_timeline.py OUT

CPU of processes that are not reaped during a test (a fork server kept for the session,
Chromium under Playwright) shows in the test that reaps them, or not at all: use ``perf stat``
on the whole run for the total.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import pytest


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _write(record: dict[str, Any]) -> None:
    folder = Path(os.environ.get("SUITE_TIMELINE", "suite-timeline"))
    folder.mkdir(parents=True, exist_ok=True)
    name = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with (folder / f"{name}.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")


def pytest_collection_finish(session: pytest.Session) -> None:
    own, children = _cpu()
    _write({"event": "collected", "t": time.time(), "own": own, "children": children,
            "tests": len(session.items)})


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Around setup, call and teardown, in the process that runs the test (not in xdist's
    controller, which only sees the reports)."""
    start, (own, children) = time.time(), _cpu()
    try:
        return (yield)
    finally:
        own_now, children_now = _cpu()
        _write({"event": "test", "id": item.nodeid, "start": start, "end": time.time(),
                "own": own_now - own, "children": children_now - children})


def summary(folder: Path) -> list[str]:
    """One line per (worker, file), in the order the worker ran them."""
    files: dict[tuple[str, str], dict[str, Any]] = {}
    lines = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            if record["event"] == "collected":
                lines.append(f"{path.stem}: collected {record['tests']} tests, "
                             f"CPU {record['own']:.1f} + {record['children']:.1f} s")
                continue
            key = (path.stem, record["id"].split("::")[0])
            entry = files.setdefault(key, {"start": record["start"], "own": 0.0,
                                           "children": 0.0, "tests": 0, "longest": (0.0, "")})
            entry["end"] = record["end"]
            entry["own"] += record["own"]
            entry["children"] += record["children"]
            entry["tests"] += 1
            took = record["end"] - record["start"]
            entry["longest"] = max(entry["longest"], (took, record["id"].split("::", 1)[-1]))
    if not files:
        return lines
    zero = min(entry["start"] for entry in files.values())
    for (worker, name), e in files.items():
        longest, test = e["longest"]
        lines.append(f"{worker} {e['start'] - zero:7.1f} {e['end'] - zero:7.1f} "
                     f"wall {e['end'] - e['start']:6.1f} cpu {e['own']:6.1f} + "
                     f"{e['children']:6.1f} n={e['tests']:4d} {name} "
                     f"(longest {longest:.1f} s: {test[:60]})")
    return lines


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: suite_timeline.py OUT")
    print("\n".join(summary(Path(sys.argv[1]))))
