"""Minimal migration runner built on alembic's Operations API."""

from __future__ import annotations

import logging

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from fleetops.migrations import ALL

log = logging.getLogger(__name__)


def current_revision(conn) -> str | None:
    conn.execute(text("CREATE TABLE IF NOT EXISTS fleetops_schema (revision VARCHAR(16) NOT NULL)"))
    return conn.execute(text("SELECT revision FROM fleetops_schema")).scalar()


def upgrade(engine: Engine, target: str | None = None) -> str | None:
    """Apply every migration after the stored revision, up to ``target`` (default: head)."""
    with engine.begin() as conn:
        rev = current_revision(conn)
        pending = ALL
        if rev is not None:
            done = [m.revision for m in ALL].index(rev)
            pending = ALL[done + 1 :]
        ctx = MigrationContext.configure(conn)
        with Operations.context(ctx):
            for module in pending:
                log.info("applying %s: %s", module.revision, (module.__doc__ or "").strip())
                module.upgrade()
                rev = module.revision
                if rev == target:
                    break
        conn.execute(text("DELETE FROM fleetops_schema"))
        conn.execute(text("INSERT INTO fleetops_schema (revision) VALUES (:r)"), {"r": rev})
    return rev
