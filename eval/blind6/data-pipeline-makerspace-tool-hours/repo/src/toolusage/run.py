"""Entry point: ``python -m toolusage.run EXPORT_JSON OUT_CSV``."""

from __future__ import annotations

import csv
import logging
import sys
from pathlib import Path

from toolusage.aggregate import tool_hours
from toolusage.extract import read_export
from toolusage.transform import drop_test_accounts, to_usage

log = logging.getLogger("toolusage")


def run(export: Path, out: Path) -> int:
    rows = drop_test_accounts(to_usage(read_export(export)))
    summary = tool_hours(rows)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["tool_slug", "bookings", "hours", "members"])
        writer.writeheader()
        writer.writerows(summary)
    log.info("wrote %d tools to %s", len(summary), out)
    return len(summary)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stdout,
    )
    args = sys.argv[1:] if argv is None else argv
    export, out = Path(args[0]), Path(args[1])
    log.info("tool-hours export from %s", export)
    try:
        run(export, out)
    except Exception:
        log.exception("tool-hours export failed")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
