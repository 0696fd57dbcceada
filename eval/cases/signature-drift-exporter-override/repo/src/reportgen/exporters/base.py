"""Common exporter machinery."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO


class Exporter:
    """Writes rows to a text stream.

    Subclasses implement :meth:`write_row`; the header/footer hooks are optional.
    ``columns`` is the ordered list of fields to emit (a subset of the source columns).
    """

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns

    def write_header(self, stream: TextIO) -> None:
        """Called once before the first row."""

    def write_row(self, row: dict[str, str], stream: TextIO, *, columns: list[str]) -> None:
        raise NotImplementedError

    def write_footer(self, stream: TextIO, count: int) -> None:
        """Called once after the last row."""

    def export(self, rows: Iterable[dict[str, str]], stream: TextIO) -> int:
        self.write_header(stream)
        count = 0
        for row in rows:
            self.write_row(row, stream, columns=self.columns)
            count += 1
        self.write_footer(stream, count)
        return count
