"""The ``rootcause`` command line.

Each command is a thin typer wrapper that imports its stage lazily, so ``rootcause --help``
and ``--version`` start fast (no networkx, openai or rich at start-up). The implementing
functions return an exit code; user errors raise :class:`rootcause.errors.UserError`,
which :func:`main` turns into a one-line message and exit status 2.
"""

# No ``from __future__ import annotations`` here: typer would then evaluate every string
# annotation with get_type_hints on each start, which made ``rootcause --help`` ~50% slower.

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from rootcause import __version__

app = typer.Typer(
    name="rootcause",
    help="Find where a Python traceback really started: ranked root causes with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class FramesFormat(StrEnum):
    text = "text"
    json = "json"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    quickfix = "quickfix"


class EvalFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


class Engine(StrEnum):
    auto = "auto"
    offline = "offline"
    llm = "llm"


InputArg = Annotated[
    str, typer.Argument(help="Traceback or log file to read; '-' (the default) reads stdin.")
]
RepoOpt = Annotated[
    Path,
    typer.Option("--repo", "-r", help="Repository root the traceback's code lives in."),
]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"rootcause {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Find where a Python traceback really started: ranked root causes with evidence."""


@app.command()
def frames(
    file: InputArg = "-",
    repo: RepoOpt = Path("."),
    format: Annotated[FramesFormat, typer.Option("--format", "-f")] = FramesFormat.text,
) -> None:
    """Parse every traceback in FILE and print its exceptions and frames."""
    from rootcause.ingest.command import frames_command

    raise typer.Exit(frames_command(file, repo=repo, output_format=format.value))


@app.command()
def index(
    repo: RepoOpt = Path("."),
    stats: Annotated[bool, typer.Option("--stats", help="Print counts and timings.")] = False,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Where to keep the index cache.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore and skip the cache.")] = False,
) -> None:
    """Build or refresh the code index of a repository."""
    from rootcause.index.command import index_command

    raise typer.Exit(index_command(repo, stats=stats, cache_dir=cache_dir, use_cache=not no_cache))


@app.command()
def graph(
    target: Annotated[str, typer.Argument(help="A symbol (pkg.mod.func, Class.method) or FILE:LINE.")],
    repo: RepoOpt = Path("."),
    format: Annotated[FramesFormat, typer.Option("--format", "-f")] = FramesFormat.text,
) -> None:
    """Show the definition, callers and callees of a symbol or of the code at FILE:LINE."""
    from rootcause.index.command import graph_command

    raise typer.Exit(graph_command(target, repo=repo, output_format=format.value))


@app.command()
def analyze(
    file: InputArg = "-",
    repo: RepoOpt = Path("."),
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Candidates to show.")] = 5,
    engine: Annotated[
        Engine, typer.Option("--engine", help="auto = llm when a model is configured.")
    ] = Engine.auto,
    model: Annotated[str | None, typer.Option("--model", help="LLM model name.")] = None,
    show_prompt: Annotated[
        bool, typer.Option("--show-prompt", help="Print what would be sent to the LLM; send nothing.")
    ] = False,
    all_incidents: Annotated[
        bool, typer.Option("--all", help="Analyse every traceback in the input, not only the last.")
    ] = False,
) -> None:
    """Rank the places that made the program crash, with evidence and a suggested fix."""
    from rootcause.analysis.command import analyze_command

    raise typer.Exit(
        analyze_command(
            file,
            repo=repo,
            output_format=format.value,
            top=top,
            engine=engine.value,
            model=model,
            show_prompt=show_prompt,
            all_incidents=all_incidents,
        )
    )


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="A rule code such as RC101.")] = None,
) -> None:
    """List the offline rules, or print one rule's documentation."""
    from rootcause.analysis.command import rules_command

    raise typer.Exit(rules_command(code))


@app.command("eval")
def eval_(
    dirs: Annotated[
        list[Path] | None, typer.Argument(help="Case folders or folders of cases (default eval/cases).")
    ] = None,
    engine: Annotated[Engine, typer.Option("--engine")] = Engine.offline,
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.text,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1)] = max(1, os.cpu_count() or 1),
    model: Annotated[str | None, typer.Option("--model")] = None,
    gate: Annotated[
        Path | None, typer.Option("--gate", help="Fail when metrics fall below these thresholds.")
    ] = None,
    replay: Annotated[
        Path | None, typer.Option("--replay", help="Record/replay LLM replies in this folder.")
    ] = None,
) -> None:
    """Score the analyzer on a set of known bugs."""
    from rootcause.evaluation.command import eval_command

    raise typer.Exit(
        eval_command(
            dirs or [],
            engine=engine.value,
            output_format=format.value,
            jobs=jobs,
            model=model,
            gate=gate,
            replay=replay,
        )
    )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def run(
    ctx: typer.Context,
    repo: RepoOpt = Path("."),
    report_file: Annotated[
        Path | None, typer.Option("--report", help="Append each analysis as a JSON line here.")
    ] = None,
) -> None:
    """Run a command (after --), pass its output through, and explain each traceback it prints."""
    from rootcause.integrations.command import run_command

    raise typer.Exit(run_command(list(ctx.args), repo=repo, report_file=report_file))


@app.command()
def watch(
    logfile: Annotated[Path, typer.Argument(help="Log file to follow (tail -f).")],
    repo: RepoOpt = Path("."),
    report_file: Annotated[Path | None, typer.Option("--report")] = None,
) -> None:
    """Follow a log file and explain each traceback written to it."""
    from rootcause.integrations.command import watch_command

    raise typer.Exit(watch_command(logfile, repo=repo, report_file=report_file))


@app.command()
def lsp() -> None:
    """Start the language server (stdio) behind the editor integrations."""
    from rootcause.integrations.command import lsp_command

    raise typer.Exit(lsp_command())


def main() -> None:
    """Console entry point: user errors become one line on stderr, never our stack trace."""
    from rootcause.entry import run_guarded

    run_guarded(app)


if __name__ == "__main__":
    main()
