"""Benchmark: ``curriculum build --format pdf`` against raw WeasyPrint on the identical HTML.

For the built-in curriculum (if it has modules) and a synthetic one (50 modules
generated into a temporary folder), this prints, in one run:

- the floor: WeasyPrint alone rendering exactly the HTML our build renders, in
  one fresh process (interpreter start and ``import weasyprint`` included,
  stylesheet parsed once, one FontConfiguration), PDFs written to disk;
- our build with ``--jobs 1`` (overhead = our time / the floor; goal <= 1.10x);
- our build with ``--jobs 2`` (speed-up over one job; goal >= 1.8x);
- a no-op rebuild with nothing changed (goal < 0.5 s), next to
  ``curriculum validate`` alone, which every build runs first;
- a rebuild after editing one module (its version: its four documents and the
  course book change), against the full build (goal < 40%);
- peak memory: the highest total RSS of the whole process tree (build process,
  forkserver, workers), sampled every 20 ms; and the tree's CPU time;
- the critical path, in CPU seconds (robust on a shared machine): each document's
  render CPU, their sum, the longest, and the two-worker schedule in the order the
  build hands jobs over; the serial CPU before the first render with one job and
  with two (start-up, validation, HTML of the first document, and the fork
  server's imports, which overlap the build's own work); and the speed-up this
  predicts, (serial 1 + sum) / (serial 2 + two-worker schedule + the rest of the
  HTML shared with the workers).

Every figure is a fresh process as a user runs it (the ``curriculum`` script).
The machine may be shared: "others CPU" is what the rest of the machine used
during each run (from /proc/stat). When it is high, wall times are inflated
and the CPU ratio is the better measure of our overhead.

Usage:
    python bench/pdf.py [--modules 50] [--repeat 2] [--skip-builtin] [--skip-synthetic]
                        [--keep DIR] [--model-only]
"""

from __future__ import annotations

import argparse
import os
import pickle
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent

FLOOR = """
import pickle, sys
from pathlib import Path
jobs = pickle.loads(Path(sys.argv[1]).read_bytes())
out = Path(sys.argv[2])
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
fonts, sheets = FontConfiguration(), {}
for job in jobs:
    css = [sheets.setdefault(p, CSS(filename=p, font_config=fonts)) for p in job.stylesheets]
    document = HTML(string=job.html, base_url=job.base_url).render(
        stylesheets=css, font_config=fonts)
    (out / job.name).write_bytes(document.write_pdf(pdf_variant="pdf/ua-1"))
"""


MODEL = """
import json, resource, subprocess, sys, time
from pathlib import Path
cpu = time.process_time
import curriculum.cli
from curriculum.config import build_timestamp
from curriculum.exporters.base import BuildContext, NullProgress
from curriculum.pdf.documents import Assembler
from curriculum.pdf.handouts import plan, project_folders, render_jobs
from curriculum.validation import validate_project
root, work = Path(sys.argv[1]), Path(sys.argv[2])
project = validate_project(root).project
ctx = BuildContext(project, project.config, tuple(project.modules),
                   build_timestamp(project.config), work, work, work, 1, NullProgress())
plan(ctx, project_folders(ctx))
before = cpu()  # interpreter start, imports, validation, cache plan
t = cpu()
assembler = Assembler(ctx.config, project.loaded_config.path, project_folders(ctx),
                      ctx.timestamp)
assembler.book_html([m.module for m in ctx.modules])
first_html = cpu() - t
t = cpu()
jobs = render_jobs(ctx)
assembly = cpu() - t
t = cpu()
from curriculum.pdf.renderer import render
weasy_import = cpu() - t
rows = []
for job in jobs:
    t = cpu()
    result = render(job)
    rows.append([job.name, cpu() - t, result.pages])
subprocess.run([sys.executable, "-c", "import curriculum.cli, curriculum.pdf.renderer"],
               check=True)
child = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"before": before, "first_html": first_html, "assembly": assembly,
                  "weasy_import": weasy_import, "preload": child.ru_utime + child.ru_stime,
                  "jobs": rows}))
"""


@dataclass
class Run:
    """One measured process tree: wall time, CPU time, peak RSS, and other work's CPU."""

    seconds: float
    cpu: float
    peak_mb: float
    foreign_cpu: float
    """CPU seconds the rest of the machine used meanwhile (contention makes walls noisy)."""


TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def descendants(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc/<pid>/task/*/children (cheap to sample)."""
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children", encoding="utf-8") as handle:
                    frontier += [int(child) for child in handle.read().split()]
            except OSError:
                continue
    return found


def cpu_and_rss(pid: int) -> tuple[int, int] | None:
    """(CPU ticks, user + system; RSS bytes) of one process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE


def busy_ticks() -> int:
    """CPU ticks the whole machine spent busy since boot (/proc/stat)."""
    with open("/proc/stat", encoding="utf-8") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    return sum(values) - values[3] - values[4]  # minus idle and iowait


def measure(command: list[str], cwd: Path) -> Run:
    """Run ``command`` to completion, sampling its process tree every 20 ms."""
    peak, cpu = [0.0], {}  # cpu: pid -> last CPU ticks seen
    busy_before, start = busy_ticks(), time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def sample() -> None:
        while process.poll() is None:
            rows = {pid: row for pid in descendants(process.pid)
                    if (row := cpu_and_rss(pid)) is not None}
            peak[0] = max(peak[0], sum(rss for _, rss in rows.values()) / 1e6)
            cpu.update({pid: ticks for pid, (ticks, _) in rows.items()})
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{out.decode()}\n{err.decode()}")
    ours = sum(cpu.values()) / TICK
    return Run(seconds, ours, peak[0], max(0.0, (busy_ticks() - busy_before) / TICK - ours))


def cli(root: Path, *args: str) -> Run:
    """The ``curriculum`` console script next to this Python, as a user runs it."""
    script = Path(sys.executable).parent / "curriculum"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "curriculum"]
    return measure([*command, *args], root)


def builtin_copy(tmp: Path) -> Path | None:
    """The repository's curriculum (config, modules, sources, templates) copied to ``tmp``."""
    if not any((REPO / "modules").glob("*.yaml")):
        return None
    root = tmp / "builtin"
    root.mkdir()
    shutil.copy2(REPO / "curriculum.yaml", root)
    for folder in ("modules", "sources", "templates"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    return root


def synthetic(tmp: Path, count: int) -> Path:
    """``curriculum init`` plus ``count`` modules made from its example, three times longer."""
    from curriculum.scaffold import init_project

    root = tmp / "synthetic"
    init_project(root, today=date(2026, 11, 29))
    example = root / "modules" / "digital-evidence-basics.yaml"
    base = yaml.safe_load(example.read_text("utf-8"))
    example.unlink()
    for index in range(count):
        module = dict(base, id=f"synthetic-{index:03d}", title=f"Synthetic module {index}")
        module["sections"] = [dict(section, id=f"{section['id']}-{copy}",
                                   title=f"{section['title']} ({copy})")
                              for copy in range(1, 4) for section in base["sections"]]
        module["duration"] = 150
        path = root / "modules" / f"synthetic-{index:03d}.yaml"
        path.write_text(yaml.safe_dump(module, sort_keys=False, allow_unicode=True), "utf-8")
    return root


def floor_jobs(root: Path, work: Path) -> Path:
    """The render jobs our exporter would run (HTML and all), pickled for the floor."""
    from curriculum.config import build_timestamp
    from curriculum.exporters.base import BuildContext, NullProgress
    from curriculum.pdf.handouts import render_jobs
    from curriculum.validation import validate_project

    project = validate_project(root).project
    assert project.config is not None
    ctx = BuildContext(project, project.config, tuple(project.modules),
                       build_timestamp(project.config), work, work, work, 1, NullProgress())
    jobs_file = work / "jobs.pickle"
    jobs_file.write_bytes(pickle.dumps(render_jobs(ctx)))
    return jobs_file


def critical_path(root: Path, work: Path) -> None:
    """Print the CPU-time model of one job against two (see the module docstring)."""
    import json

    done = subprocess.run([sys.executable, "-c", MODEL, str(root), str(work)], cwd=root,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"critical-path model failed:\n{done.stderr}")
    m = json.loads(done.stdout)
    costs = [cpu for _, cpu, _ in m["jobs"]]
    total, longest = sum(costs), max(m["jobs"], key=lambda row: row[1])
    span = schedule(costs, 2)
    serial1 = m["before"] + m["assembly"] + m["weasy_import"]
    serial2 = m["before"] + max(m["first_html"], m["preload"])
    rest = (m["assembly"] - m["first_html"]) / 2
    print(f"  critical path (CPU s, one process, {len(costs)} documents): sum {total:.2f}, "
          f"longest {longest[1]:.2f} ({longest[0]}, {longest[2]} pages), sum/2 {total / 2:.2f}")
    top = ", ".join(f"{name} {cpu:.2f}" for name, cpu, _ in
                    sorted(m["jobs"], key=lambda row: -row[1])[:5])
    print(f"    largest: {top}")
    print(f"    two workers, jobs in the build's order: busiest worker {span:.2f} "
          f"(balance {total / 2 / span:.0%})")
    print(f"    serial before the first render: --jobs 1 {serial1:.2f} (start-up and "
          f"validation {m['before']:.2f}, all HTML {m['assembly']:.2f}, WeasyPrint import "
          f"{m['weasy_import']:.2f}); --jobs 2 {serial2:.2f} (fork server's imports "
          f"{m['preload']:.2f} beside the first HTML {m['first_html']:.2f})")
    print(f"    expected --jobs 2 speed-up: ({serial1:.2f} + {total:.2f}) / ({serial2:.2f} + "
          f"{span:.2f} + {rest:.2f}) = {(serial1 + total) / (serial2 + span + rest):.2f}x "
          f"(goal >= 1.8x)")


def schedule(costs: list[float], workers: int) -> float:
    """Finish time of the busiest worker when each job goes to the first free worker."""
    free = [0.0] * workers
    for cost in costs:
        free[free.index(min(free))] += cost
    return max(free)


def floor(root: Path, jobs_file: Path, out: Path) -> Run:
    """Raw WeasyPrint on exactly the HTML our build renders, one fresh process."""
    out.mkdir()
    return measure([sys.executable, "-c", FLOOR, str(jobs_file), str(out)], root)


def same_bytes(ours: Path, theirs: Path) -> tuple[int, int]:
    names = sorted(p.name for p in ours.glob("*.pdf"))
    same = sum((ours / n).read_bytes() == (theirs / n).read_bytes() for n in names)
    return same, len(names)


def pages(folder: Path) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(p).pages) for p in folder.glob("*.pdf"))


def report(label: str, root: Path, work: Path, repeat: int, model_only: bool) -> None:
    """Interleaved cold runs (fresh output folders, so no cache); the fastest of each counts."""
    modules = len(list((root / "modules").glob("*.yaml")))
    if model_only:
        print(f"\n{label}: {modules} modules")
        critical_path(root, work)
        return
    jobs_file = floor_jobs(root, work)
    bases, ones, twos = [], [], []
    for n in range(repeat):
        bases.append(floor(root, jobs_file, work / f"floor{n}"))
        for runs, jobs in ((ones, "1"), (twos, "2")):
            out = str(work / f"jobs{jobs}-{n}")
            runs.append(cli(root, "build", "--format", "pdf", "--jobs", jobs, "--out", out))
    base, one, two = (min(runs, key=lambda r: r.seconds) for runs in (bases, ones, twos))
    again = str(work / "jobs2-0")
    noop = [cli(root, "build", "--format", "pdf", "--out", again) for _ in range(5)]
    edits = []
    for n in range(3):
        edit_one_module(root, n)
        edits.append(cli(root, "build", "--format", "pdf", "--out", again))
    edit = median_run(edits)
    validate = [cli(root, "validate") for _ in range(5)]
    same, total = same_bytes(work / "jobs1-0" / "pdf", work / "floor0")
    print(f"\n{label}: {modules} modules, {total} PDFs, {pages(work / 'floor0')} pages "
          f"({same}/{total} of our PDFs byte-identical to the floor's); "
          f"cold runs: fastest of {repeat}")
    print(f"  {'':<48} {'wall':>8} {'CPU':>8} {'peak RSS':>9} {'others CPU':>11}")
    line("floor: raw WeasyPrint, one process", base)
    line("curriculum build --format pdf --jobs 1", one)
    line("curriculum build --format pdf --jobs 2", two)
    line("no-op rebuild (median of 5)", median_run(noop))
    line("rebuild after editing one module (median of 3)", edit)
    line("curriculum validate alone (median of 5)", median_run(validate))
    print(f"  overhead --jobs 1 vs floor: wall {one.seconds / base.seconds:.3f}x, "
          f"CPU {one.cpu / base.cpu:.3f}x (goal <= 1.10x)")
    print(f"  --jobs 2 vs --jobs 1: {one.seconds / two.seconds:.2f}x faster (goal >= 1.8x)")
    print(f"  no-op rebuild: {median_run(noop).seconds:.2f} s (goal < 0.5 s)")
    print(f"  one module edited: {edit.seconds:.2f} s, {edit.seconds / two.seconds:.0%} of a "
          f"full build with --jobs 2 by wall, {edit.cpu / two.cpu:.0%} by CPU (goal < 40%)")
    critical_path(root, work)


def edit_one_module(root: Path, n: int) -> None:
    """Change the first module's version: its four documents and the course book change."""
    first = sorted((root / "modules").glob("*.yaml"))[0]
    text = first.read_text("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("version:")]
    at = next(i for i, ln in enumerate(lines) if ln.startswith("id:")) + 1
    lines.insert(at, f"version: 1.0.{n + 1}")
    first.write_text("\n".join(lines) + "\n", "utf-8")


def line(label: str, run: Run) -> None:
    print(f"  {label:<48} {run.seconds:>7.2f}s {run.cpu:>7.2f}s {run.peak_mb:>6.0f} MB "
          f"{run.foreign_cpu:>10.2f}s")


def median_run(runs: list[Run]) -> Run:
    """The run with the median wall time."""
    return sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", type=int, default=50)
    parser.add_argument("--skip-builtin", action="store_true")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="cold runs of each (fastest)")
    parser.add_argument("--keep", type=Path, help="keep the projects and outputs here")
    parser.add_argument("--model-only", action="store_true",
                        help="only the critical-path model (CPU times; quick on a busy machine)")
    args = parser.parse_args()
    import weasyprint  # only for its version: the measured processes import their own

    print(f"bench/pdf.py on {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"WeasyPrint {weasyprint.__version__}")
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        root = None if args.skip_builtin else builtin_copy(tmp)
        if root is not None:
            (tmp / "work-builtin").mkdir()
            report("built-in curriculum", root, tmp / "work-builtin", args.repeat,
                   args.model_only)
        if not args.skip_synthetic:
            (tmp / "work-synthetic").mkdir()
            report(f"synthetic curriculum ({args.modules} modules)",
                   synthetic(tmp, args.modules), tmp / "work-synthetic", args.repeat,
                   args.model_only)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
