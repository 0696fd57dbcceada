"""File format readers. Every reader returns a list of flat dict rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = dict[str, Any]
Reader = Callable[[Path], list[Row]]


class UnsupportedFormat(ValueError):
    pass


def read_csv(path: Path) -> list[Row]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def read_json(path: Path) -> list[Row]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def read_jsonl(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def reader_for(path: Path) -> Reader:
    suffix = path.suffix
    if suffix in (".csv", ".tsv"):
        return read_csv
    if suffix == ".json":
        return read_json
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl
    if suffix in (".parquet", ".xlsx"):
        raise UnsupportedFormat(f"{path.name}: {suffix} files must be converted first")
