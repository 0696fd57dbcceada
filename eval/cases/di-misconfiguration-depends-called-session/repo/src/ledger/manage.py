"""Maintenance commands: `python -m ledger.manage openapi [PATH]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def export_openapi(target: Path) -> None:
    from ledger.app import app

    target.write_text(json.dumps(app.openapi(), indent=2), encoding="utf-8")
    print(f"wrote {target}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "openapi":
        print("usage: python -m ledger.manage openapi [PATH]", file=sys.stderr)
        return 2
    export_openapi(Path(args[1] if len(args) > 1 else "openapi.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
