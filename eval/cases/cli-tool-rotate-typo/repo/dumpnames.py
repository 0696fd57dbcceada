"""Dump file naming: <db>-YYYYmmdd-HHMMSS.sql.gz"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

_STAMP = re.compile(r"-(\d{8}-\d{6})\.sql\.gz$")


def dump_timestamp(path: Path) -> dt.datetime | None:
    m = _STAMP.search(path.name)
    if m is None:
        return None
    return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")


def dump_name(db: str, when: dt.datetime) -> str:
    return f"{db}-{when:%Y%m%d-%H%M%S}.sql.gz"
