"""Upsert supplier products into the local catalogue (sqlite)."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from catalog_sync.source import read_feed

log = logging.getLogger("catalog_sync")

SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    sku TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    price_cents INTEGER NOT NULL
)
"""


def upsert_batch(conn: sqlite3.Connection, batch: list[dict]) -> int:
    conn.executemany(
        "INSERT INTO products (sku, title, price_cents) VALUES (:sku, :title, :price_cents) "
        "ON CONFLICT(sku) DO UPDATE SET title = excluded.title, price_cents = excluded.price_cents",
        batch,
    )
    return len(batch)


def sync(feed: Path, db: Path, batch_size: int = 500) -> int:
    conn = sqlite3.connect(db)
    conn.execute(SCHEMA)
    total = 0
    batch: list[dict] = []
    for record in read_feed(feed):
        batch.append({"sku": record["sku"], "title": record["title"], "price_cents": record["price_cents"]})
        if len(batch) >= batch_size:
            total += upsert_batch(conn, batch)
            batch.clear()
    if batch:
        total += upsert_batch(conn, batch)
    conn.commit()
    log.info("synced " + total + " products from " + feed.name)
    return total
