"""Output formats."""

from __future__ import annotations

from .base import Exporter
from .csv_exporter import CsvExporter
from .json_exporter import JsonLinesExporter

_REGISTRY: dict[str, type[Exporter]] = {
    "csv": CsvExporter,
    "jsonl": JsonLinesExporter,
}


def get_exporter(fmt: str, columns: list[str]) -> Exporter:
    try:
        cls = _REGISTRY[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {sorted(_REGISTRY)}") from None
    return cls(columns)
