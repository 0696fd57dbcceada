"""Console entry point, kept import-light so ``rootcause --version`` answers at once.

Everything else goes to the typer app in :mod:`rootcause.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from rootcause import __version__

        print(f"rootcause {__version__}")
        return
    from rootcause.cli import main as cli_main

    cli_main()
