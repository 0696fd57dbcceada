from __future__ import annotations

import sqlite3
from collections.abc import Iterator

TIER_THRESHOLDS = (("gold", 5000), ("silver", 1000), ("basic", 0))


def tier_for(points: int) -> str:
    return next(name for name, minimum in TIER_THRESHOLDS if points >= minimum)


def iter_customers(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    yield from conn.execute("SELECT id, email, first_name, tier, points FROM customers ORDER BY id")


def add_points(conn: sqlite3.Connection, customer_id: int, delta: int, reason: str) -> None:
    conn.execute("INSERT INTO ledger (customer_id, delta, reason) VALUES (?, ?, ?)", (customer_id, delta, reason))
    conn.execute("UPDATE customers SET points = points + ? WHERE id = ?", (delta, customer_id))
