"""``rootcause run``, ``rootcause watch`` and ``rootcause lsp`` (called by :mod:`rootcause.cli`)."""

from __future__ import annotations

from pathlib import Path

from rootcause.errors import UserError


def _check_repo(repo: Path) -> Path:
    if not Path(repo).is_dir():
        raise UserError(f"repository folder not found: {repo}")
    return Path(repo).resolve()


def run_command(argv: list[str], *, repo: Path, report_file: Path | None = None) -> int:
    """Run ``argv`` with its output passed through; explain each traceback it prints."""
    from rootcause.integrations.run import exit_like, run_wrapped

    if argv and argv[0] == "--":
        argv = argv[1:]
    returncode = run_wrapped(argv, repo=_check_repo(repo), report_file=report_file)
    return exit_like(returncode)


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
