from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .formats import Row, reader_for


@dataclass
class IngestReport:
    rows: list[Row] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def load_any(path: Path) -> list[Row]:
    reader = reader_for(path)
    rows = reader(path)
    for row in rows:
        row.setdefault("_source", path.name)
    return rows


def ingest_folder(folder: Path) -> IngestReport:
    report = IngestReport()
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            report.skipped.append(path.name)
            continue
        report.rows.extend(load_any(path))
        report.files.append(path.name)
    return report
