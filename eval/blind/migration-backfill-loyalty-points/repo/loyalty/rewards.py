from __future__ import annotations

import sqlite3

TIER_MULTIPLIER = {"bronze": 1.0, "silver": 1.25, "gold": 1.5}


def points_for(total_cents: int, tier: str) -> int:
    return int(total_cents // 100 * TIER_MULTIPLIER.get(tier, 1.0))


def award_for_order(conn: sqlite3.Connection, order_id: int) -> int:
    row = conn.execute(
        "SELECT o.total_cents, c.id AS customer_id, c.tier, c.points "
        "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?",
        (order_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"order {order_id} not found")
    earned = points_for(row["total_cents"], row["tier"])
    balance = row["points"] + earned
    conn.execute("UPDATE customers SET points = ? WHERE id = ?", (balance, row["customer_id"]))
    conn.commit()
    return balance
