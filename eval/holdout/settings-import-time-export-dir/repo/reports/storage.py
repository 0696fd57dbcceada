"""Where generated reports are written.

On the reporting box exports go to the finance share; override with EXPORT_ROOT
(or ``--output-dir`` on the command line) when running elsewhere.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

EXPORT_ROOT = Path(os.environ.get("EXPORT_ROOT", "/mnt/finance-share/exports"))


def year_dir(year: int) -> Path:
    directory = EXPORT_ROOT / str(year)
    directory.mkdir(exist_ok=True)
    return directory


def save_csv(year: int, name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    target = year_dir(year) / name
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return target
