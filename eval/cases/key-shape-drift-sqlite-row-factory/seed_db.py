"""Create a small customers database for the repro (run with the case's repo on sys.path)."""

import sys

from loyalty.db import init_schema, transaction

with transaction(sys.argv[1]) as conn:
    init_schema(conn)
    conn.executemany(
        "INSERT INTO customers (email, first_name, tier, points) VALUES (?, ?, ?, ?)",
        [("ana@example.org", "Ana", "basic", 1240), ("bo@example.org", "Bo", "silver", 300)],
    )
