"""Console entry point, kept import-light so the common commands start fast.

``rootcause --version`` answers without importing anything else, and a plain
``rootcause analyze`` invocation (only options it knows, each valid) goes straight to
:func:`rootcause.analysis.command.analyze_command`: typer and its click machinery cost
about as much CPU as a warm analysis. Anything else (``--help``, an unknown or invalid
option, another command) goes to the typer app in :mod:`rootcause.cli`, which stays the
reference: :func:`analyze_arguments` accepts a subset of what it accepts and must map it
to the same arguments (tests compare the two).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

#: ``rootcause analyze`` options: long and short spellings -> keyword, and allowed values
#: (None: any string). Kept equal to the typer definitions in :mod:`rootcause.cli`.
_ANALYZE_VALUES: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "--repo": ("repo", None),
    "-r": ("repo", None),
    "--format": ("output_format", ("text", "json", "markdown", "sarif", "quickfix")),
    "-f": ("output_format", ("text", "json", "markdown", "sarif", "quickfix")),
    "--top": ("top", None),
    "-n": ("top", None),
    "--engine": ("engine", ("auto", "offline", "llm")),
    "--model": ("model", None),
}
_ANALYZE_FLAGS = {"--show-prompt": "show_prompt", "--all": "all_incidents"}


def analyze_arguments(args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments of ``analyze_command`` for ``rootcause analyze ARGS``.

    None when the arguments are anything but plain and valid: the caller then lets typer
    parse them (and print its usual help or error).
    """
    kwargs: dict[str, Any] = {
        "repo": Path("."),
        "output_format": "text",
        "top": 5,
        "engine": "auto",
        "model": None,
        "show_prompt": False,
        "all_incidents": False,
    }
    file: str | None = None
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in _ANALYZE_FLAGS:
            kwargs[_ANALYZE_FLAGS[arg]] = True
            continue
        name, eq, inline = arg.partition("=")
        if arg.startswith("--") and eq and name in _ANALYZE_VALUES:
            value = inline
        elif arg in _ANALYZE_VALUES:
            if i >= len(args):
                return None
            name, value = arg, args[i]
            i += 1
        elif arg == "-" or not arg.startswith("-"):
            if file is not None:
                return None  # a second positional: typer's error message
            file = arg
            continue
        else:
            return None  # --help, --, an unknown option, a short-option cluster...
        key, choices = _ANALYZE_VALUES[name]
        if choices is not None and value not in choices:
            return None
        if key == "top":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            kwargs[key] = int(value)
        elif key == "repo":
            kwargs[key] = Path(value)
        else:
            kwargs[key] = value
    kwargs["file"] = "-" if file is None else file
    return kwargs


def run_guarded(command: Callable[[], int | None]) -> NoReturn:
    """Run a command; user errors become one line on stderr, never our stack trace."""
    from rootcause.errors import UserError

    try:
        code = command()
    except UserError as exc:
        print(f"rootcause: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # Output closed early (e.g. piped into `head`): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        finally:
            sys.exit(0)
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("ROOTCAUSE_DEBUG"):
            raise
        print(
            f"rootcause: internal error: {type(exc).__name__}: {exc}\n"
            "rootcause: set ROOTCAUSE_DEBUG=1 to see the details, and please report it.",
            file=sys.stderr,
        )
        sys.exit(3)
    sys.exit(code or 0)


def main() -> None:
    argv = sys.argv[1:]
    if argv in (["--version"], ["-V"]):
        from rootcause import __version__

        print(f"rootcause {__version__}")
        return
    if argv and argv[0] == "analyze":
        kwargs = analyze_arguments(argv[1:])
        if kwargs is not None:
            from rootcause.analysis.command import analyze_command

            run_guarded(lambda: analyze_command(**kwargs))
    if argv and argv[0] == "run":
        # The live wrapper starts without typer too (plain ``run [--repo R] [--report F] -- CMD``).
        from rootcause.integrations.command import parse_run_args, run_command

        parsed = parse_run_args(argv[1:])
        if parsed is not None:
            command, repo, report_file = parsed
            run_guarded(lambda: run_command(command, repo=repo, report_file=report_file))
    from rootcause.cli import main as cli_main

    cli_main()
