from __future__ import annotations

import importlib
import os
import pkgutil
import sqlite3

from . import migrations


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(os.environ.get("LOYALTY_DB", "loyalty.db"))
    conn.row_factory = sqlite3.Row
    return conn


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations in name order; returns the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)")
    done = {row["name"] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied = []
    for info in sorted(pkgutil.iter_modules(migrations.__path__), key=lambda m: m.name):
        if info.name in done:
            continue
        module = importlib.import_module(f"{migrations.__name__}.{info.name}")
        module.upgrade(conn)
        conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (info.name,))
        applied.append(info.name)
    conn.commit()
    return applied
