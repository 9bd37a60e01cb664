"""The ``curriculum`` command: options in, one library call, results out, exit code.

This is the only module that prints and the only one that imports typer/rich.
User errors (:class:`CurriculumError`) print as located one-liners and exit 1
(content) or 2 (usage); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from curriculum import __version__
from curriculum.diagnostics import Diagnostic, display_path, summary
from curriculum.errors import CurriculumError

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


class OutputFormat(StrEnum):
    """How ``validate`` and ``stats`` print."""

    text = "text"
    json = "json"


def _out() -> Console:
    """Standard output for tables: wide when piped, so files and CI logs stay readable."""
    width = None if sys.stdout.isatty() else 200
    return Console(highlight=False, markup=False, emoji=False, width=width)


def _echo_diagnostics(diags: Sequence[Diagnostic]) -> None:
    for diag in diags:
        typer.echo(diag.format())


def handles_errors(func: F) -> F:
    """Print user errors without a traceback and exit with their code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CurriculumError as exc:
            _echo_diagnostics(exc.diagnostics)
            if exc.diagnostics:
                typer.echo(summary(exc.diagnostics, 0), err=True)
            typer.echo(f"curriculum: error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("curriculum: interrupted", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"curriculum {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Global options."""


@app.command()
@handles_errors
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create (must be empty or new).")],
) -> None:
    """Create a new curriculum project with an example module that validates.

    Example:  curriculum init police-training && cd police-training && curriculum validate
    """
    from curriculum.scaffold import init_project

    written = init_project(directory)
    typer.echo(f"Created {display_path(directory)} with {len(written)} files:")
    for path in written:
        typer.echo(f"  {display_path(path)}")
    typer.echo(f"Next: cd {display_path(directory)} && curriculum validate")


@app.command()
@handles_errors
def new(
    module_id: Annotated[str, typer.Argument(metavar="ID", help="Module id (a slug).")],
    theme: Annotated[str, typer.Option("--theme", "-t", help="Theme id from curriculum.yaml.")],
    title: Annotated[str | None, typer.Option(help="Module title (default: from the id).")] = None,
) -> None:
    """Add modules/ID.yaml, a module that validates, for an existing theme.

    Example:  curriculum new grooming-indicators --theme internet-facilitated-crimes
    """
    from curriculum.scaffold import new_module

    path = new_module(Path.cwd(), module_id, theme, title)
    typer.echo(f"Created {display_path(path)}")


@app.command()
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Module files or folders (default: all).")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors.")] = False,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="text, or json for editors and CI.")
    ] = OutputFormat.text,
) -> None:
    """Check the config and every module; print each problem as path:line:col.

    Finds curriculum.yaml in the current folder or above it. Exit status: 0 no
    errors (warnings allowed), 1 errors found, 2 the command was used wrongly.

    Example:  curriculum validate --strict modules/child-victim-identification.yaml
    """
    from curriculum.validation import validate_project

    report = validate_project(Path.cwd(), tuple(paths or ()), strict=strict)
    if output is OutputFormat.json:
        payload = {
            "diagnostics": [d.as_json() for d in report.diagnostics],
            "files_checked": report.files_checked,
            "errors": len(report.errors),
            "warnings": len(report.diagnostics) - len(report.errors),
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _echo_diagnostics(report.diagnostics)
        typer.echo(summary(report.diagnostics, report.files_checked))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
@handles_errors
def schema(
    out: Annotated[
        Path | None, typer.Option(help="Folder to write to (default: schemas/ of the project).")
    ] = None,
) -> None:
    """Write the JSON Schemas for modules and curriculum.yaml (editor autocompletion).

    Example:  curriculum schema --out schemas/
    """
    from curriculum.config import find_project_root
    from curriculum.errors import ProjectNotFound
    from curriculum.schema import SCHEMA_DIR, write_schemas

    if out is None:
        try:
            out = find_project_root(Path.cwd()) / SCHEMA_DIR
        except ProjectNotFound:
            out = Path.cwd() / SCHEMA_DIR
    for path in write_schemas(out):
        typer.echo(f"Wrote {display_path(path)}")


@app.command()
@handles_errors
def stats(
    output: Annotated[OutputFormat, typer.Option("--format", help="text or json.")] = (
        OutputFormat.text
    ),
) -> None:
    """Show a table per module: theme, duration, sections, questions by type, objectives.

    Example:  curriculum stats
    """
    from curriculum.models import QUESTION_TYPES
    from curriculum.stats import curriculum_stats
    from curriculum.validation import validate_project

    report = validate_project(Path.cwd())
    data = curriculum_stats(report.project.modules)
    if output is OutputFormat.json:
        rows = [{**vars(m), "by_type": dict(m.by_type)} for m in data.modules]
        typer.echo(json.dumps({"modules": rows, "questions": data.total_questions}, indent=2))
        return
    table = Table(title="Modules", show_lines=False)
    for column in ("module", "theme", "min", "sections", "questions", "types"):
        table.add_column(column, justify="left" if column in ("module", "theme") else "right")
    for qtype in QUESTION_TYPES:
        table.add_column(_short(qtype), justify="right")
    table.add_column("objectives assessed", justify="right")
    table.add_column("handling")
    for row in data.modules:
        table.add_row(
            row.id,
            row.theme,
            str(row.duration),
            str(row.sections),
            str(row.questions),
            str(row.type_count),
            *(str(row.by_type[t]) for t in QUESTION_TYPES),
            f"{row.objectives_assessed}/{row.objectives}",
            row.handling,
        )
    totals = data.by_type
    table.add_row(
        f"total ({len(data.modules)} modules)",
        "",
        str(data.total_duration),
        str(sum(m.sections for m in data.modules)),
        str(data.total_questions),
        str(len([t for t in QUESTION_TYPES if totals[t]])),
        *(str(totals[t]) for t in QUESTION_TYPES),
        f"{sum(m.objectives_assessed for m in data.modules)}/"
        f"{sum(m.objectives for m in data.modules)}",
        "",
    )
    _out().print(table)
    if report.diagnostics:
        typer.echo(summary(report.diagnostics, report.files_checked))


def _short(question_type: str) -> str:
    return {
        "single_choice": "single",
        "multiple_choice": "multi",
        "true_false": "t/f",
        "fill_blank": "blank",
        "numeric": "num",
        "matching": "match",
        "ordering": "order",
        "short_answer": "short",
    }[question_type]


@app.command()
@handles_errors
def build(
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="Format to build; repeat for several (default: all)."),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default: build/).")] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Parallel workers (default: cores).")
    ] = None,
) -> None:
    """Build handouts and packages into build/<format>/ (only if everything validates).

    Example:  curriculum build --format json --format scorm12
    """
    from curriculum.build import build as run_build

    with _ProgressBar() as progress:
        result = run_build(Path.cwd(), formats or (), out, jobs, progress)
    _echo_diagnostics(result.warnings)
    _out().print(_written_table(result))
    typer.echo(f"{len(result.files)} files written.")


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


@app.command()
@handles_errors
def draft(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="SOURCE",
            help="Source documents: .txt, .md or .html (UTF-8), .pdf (text layer) or .docx.",
        ),
    ],
    themes: Annotated[
        Path | None, typer.Option(help="YAML file with a themes: list (default: curriculum.yaml).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Folder for the drafts (default: the modules folder).")
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace draft files that already exist.")] = False,
) -> None:
    """Draft one module per theme from source documents, every item quoting its source.

    Writes <theme>-draft.yaml per theme, draft-audit.md (every line not used, and why)
    and draft-metrics.json; the text of a PDF or DOCX goes to <out>/sources/, where the
    drafts' quotes can be checked. Rule-based and offline: review every draft before use.

    Example:  curriculum draft sources/*.txt --out drafts/ && curriculum validate drafts/
    """
    from curriculum.draft import draft_modules

    result = draft_modules(Path.cwd(), sources, themes, out, force)
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
               f"{fits} no theme; listed there) and {display_path(result.metrics)}")
    typer.echo("All drafted questions:")
    for line in result.overall.lines():
        typer.echo(line)


def _count(n: int, word: str) -> str:
    """``1 fact``, ``2 facts``: a count with its noun in the right number."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _shown_folder(folder: Path) -> str:
    """A folder below the current one as a relative path, anything else in full."""
    here = Path.cwd().resolve()
    return display_path(folder) if folder.resolve().is_relative_to(here) else str(folder)


class _ProgressBar:
    """A rich progress bar shown on a terminal for long builds; silent otherwise."""

    def __init__(self) -> None:
        from rich.progress import Progress

        self._bar = Progress(
            console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()
        )
        self._task: Any = None

    def __enter__(self) -> _ProgressBar:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def start(self, label: str, total: int) -> None:
        self._task = self._bar.add_task(label, total=total)

    def advance(self, amount: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, amount)


def main() -> None:
    """Console-script entry point."""
    app()
