"""Database as production had it: posts published before view counting, then `alembic upgrade head`,
then one post published after the release."""

import sqlite3
import sys
from datetime import datetime, timedelta, timezone

from alembic import command
from alembic.config import Config

db_path = sys.argv[1]
cfg = Config("alembic.ini")
command.upgrade(cfg, "a41f")
now = datetime.now(timezone.utc)
with sqlite3.connect(db_path) as conn:
    conn.executemany(
        "INSERT INTO posts (slug, title, author, likes, published_at) VALUES (?, ?, ?, ?, ?)",
        [
            ("async-sqlalchemy", "Async SQLAlchemy in practice", "ines", 41, str(now - timedelta(days=3))),
            ("pydantic-v2-notes", "Notes on moving to Pydantic v2", "tom", 17, str(now - timedelta(days=9))),
        ],
    )
command.upgrade(cfg, "head")
with sqlite3.connect(db_path) as conn:
    conn.execute(
        "INSERT INTO posts (slug, title, author, likes, view_count, published_at) VALUES (?, ?, ?, ?, ?, ?)",
        ("uv-for-teams", "uv for teams", "ines", 5, 230, str(now - timedelta(hours=20))),
    )
