from __future__ import annotations

import csv
from typing import TextIO

from .base import Exporter


class CsvExporter(Exporter):
    def write_header(self, stream: TextIO) -> None:
        csv.writer(stream).writerow(self.columns)

    def write_row(self, row: dict[str, str], stream: TextIO, *, columns: list[str]) -> None:
        csv.writer(stream).writerow([row.get(col, "") for col in columns])
