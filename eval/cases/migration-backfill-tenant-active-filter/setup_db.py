"""Bring a database to the state production was in: tenants and usage from before the is_active
migration, then `alembic upgrade head`, then a tenant signed up after the release."""

import sqlite3
import sys
from datetime import datetime

from alembic import command
from alembic.config import Config

db_path = sys.argv[1]
cfg = Config("alembic.ini")
command.upgrade(cfg, "3f1c9a2b7d10")
with sqlite3.connect(db_path) as conn:
    conn.executemany(
        "INSERT INTO tenants (slug, name, plan) VALUES (?, ?, ?)",
        [("acme", "Acme Corp", "business"), ("globex", "Globex", "starter")],
    )
    conn.executemany(
        "INSERT INTO usage_events (tenant_slug, metric, quantity, occurred_at) VALUES (?, ?, ?, ?)",
        [
            ("acme", "api_calls", 120000, "2024-05-02 10:00:00"),
            ("acme", "storage_gb", 48.5, "2024-05-03 00:00:00"),
            ("globex", "api_calls", 3100, "2024-05-07 15:30:00"),
        ],
    )
command.upgrade(cfg, "head")

from saasjobs.db import Session  # noqa: E402
from saasjobs.models import Tenant, UsageEvent  # noqa: E402

with Session() as session:
    session.add(Tenant(slug="initech", name="Initech", plan="starter"))
    session.add(UsageEvent(tenant_slug="initech", metric="api_calls", quantity=800,
                           occurred_at=datetime(2024, 5, 20, 8, 0)))
    session.commit()
