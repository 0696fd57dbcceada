from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert

log = logging.getLogger(__name__)


def _table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("day", String(10), primary_key=True),
        Column("store", String(40), primary_key=True),
        Column("orders", Integer, nullable=False),
        Column("revenue", String(20), nullable=False),
    )


def write_rows(rows: Sequence[dict[str, Any]], warehouse: dict[str, Any], batch_size: int) -> int:
    table_name = warehouse["table"]
    engine = create_engine(warehouse["url"])
    metadata = MetaData()
    table = _table(metadata, table_name)
    with engine.begin() as conn:
        if warehouse.get("if_exists") == "replace":
            table.drop(conn, checkfirst=True)
        table.create(conn, checkfirst=True)
        for start in range(0, len(rows), batch_size):
            conn.execute(insert(table), list(rows[start : start + batch_size]))
    log.info("wrote %d rows to %s", len(rows), table_name)
    return len(rows)
