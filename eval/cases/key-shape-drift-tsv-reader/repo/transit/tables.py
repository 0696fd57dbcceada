"""Low-level table IO.

The operator exports every table as tab-separated text with a header line
(``stops.tsv``, ``routes.tsv``...). Station names routinely contain commas.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_table(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_number, fields)`` for every data line of ``path`` (header skipped)."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            if row:
                yield reader.line_num, row


def write_table(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(header)
        writer.writerows(rows)
