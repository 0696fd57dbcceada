from __future__ import annotations

import json
from typing import TextIO

from .base import Exporter


class JsonLinesExporter(Exporter):
    """One JSON object per line, numbers kept as strings (consumers cast)."""

    def write_row(self, row: dict[str, str], stream: TextIO) -> None:
        stream.write(json.dumps(row, sort_keys=True))
        stream.write("\n")

    def write_footer(self, stream: TextIO, count: int) -> None:
        stream.flush()
