"""Nightly loyalty jobs."""
from __future__ import annotations

import argparse
import logging

from .db import connect, migrate
from .rewards import award_for_order

log = logging.getLogger("loyalty.jobs")


def seed_legacy(conn) -> None:
    """Rows that existed before the points feature shipped."""
    conn.executemany("INSERT INTO customers (id, email, tier) VALUES (?, ?, ?)",
                     [(1, "ana@example.com", "gold"), (2, "li@example.com", "bronze")])
    conn.executemany("INSERT INTO orders (id, customer_id, total_cents) VALUES (?, ?, ?)",
                     [(1001, 1, 12950), (1002, 2, 4200)])
    conn.commit()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("orders", nargs="+", type=int)
    args = parser.parse_args()
    conn = connect()
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)")
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'customers'").fetchone():
        from .migrations import m0001_initial

        m0001_initial.upgrade(conn)
        conn.execute("INSERT INTO schema_migrations (name) VALUES ('m0001_initial')")
        seed_legacy(conn)
    log.info("applied migrations: %s", migrate(conn))
    for order_id in args.orders:
        try:
            balance = award_for_order(conn, order_id)
            log.info("order %s: new balance %s", order_id, balance)
        except Exception:
            log.exception("awarding points for order %s failed", order_id)


if __name__ == "__main__":
    main()
