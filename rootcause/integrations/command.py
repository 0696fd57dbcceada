"""``rootcause run``, ``rootcause watch`` and ``rootcause lsp`` (called by :mod:`rootcause.cli`)."""

from __future__ import annotations

from pathlib import Path


def _check_repo(repo: Path) -> Path:
    from rootcause.workspace import require_repo_dir

    return require_repo_dir(repo).resolve()


def run_command(argv: list[str], *, repo: Path, report_file: Path | None = None) -> int:
    """Run ``argv`` with its output passed through; explain each traceback it prints."""
    from rootcause.integrations.run import exit_like, run_wrapped

    if argv and argv[0] == "--":
        argv = argv[1:]
    returncode = run_wrapped(argv, repo=_check_repo(repo), report_file=report_file)
    return exit_like(returncode)


_RUN_OPTIONS = {"--repo": "repo", "-r": "repo", "--report": "report"}


def parse_run_args(args: list[str]) -> tuple[list[str], Path, Path | None] | None:
    """``[OPTIONS] -- CMD...`` (the arguments after ``run``) -> (argv, repo, report file).

    Only the plain form is understood (``--repo``/``-r``, ``--report``, then ``--``): None
    for anything else (``--help``, no ``--``, an unknown option), which the typer CLI handles.
    """
    if "--" not in args:
        return None
    cut = args.index("--")
    values: dict[str, str] = {}
    head = iter(args[:cut])
    for token in head:
        name, eq, value = token.partition("=")
        if name not in _RUN_OPTIONS or (eq and name == "-r"):
            return None
        if not eq:
            value = next(head, "")
            if not value or value.startswith("-"):
                return None
        values[_RUN_OPTIONS[name]] = value
    report = values.get("report")
    return args[cut + 1 :], Path(values.get("repo", ".")), Path(report) if report else None


def watch_command(logfile: Path, *, repo: Path, report_file: Path | None = None) -> int:
    """Follow ``logfile`` (tail -F) and explain each traceback written to it."""
    from rootcause.integrations.watch import watch_file

    return watch_file(Path(logfile), repo=_check_repo(repo), report_file=report_file)


def lsp_command() -> int:
    """Serve the language server on stdio until the client exits."""
    import logging
    import sys

    from rootcause.integrations.lsp import build_server

    # The protocol owns stdout; anything else that prints goes to stderr (the client's log).
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    build_server().start_io(sys.stdin.buffer, protocol_out)
    return 0
