"""Tiny forward-only migration runner: modules ``mNNNN_*`` applied in order, once each."""
from __future__ import annotations

import importlib
import pkgutil
import sqlite3

LEDGER = "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)"


def pending(conn: sqlite3.Connection) -> list[str]:
    conn.execute(LEDGER)
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))
    return [name for name in names if name not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    applied = []
    for name in pending(conn):
        module = importlib.import_module(f"{__name__}.{name}")
        with conn:
            module.upgrade(conn)
            conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (name,))
        applied.append(name)
    return applied
