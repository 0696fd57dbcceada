"""Set up a fresh salon database with the migrations, book a day, run the nightly sheet job."""

from __future__ import annotations

import logging
import sys
from datetime import date

from groomdesk.db import connect
from groomdesk.jobs.daily_sheet import build_sheet
from groomdesk.migrations import migrate

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    stream=sys.stdout,
)

conn = connect()
for name in migrate(conn):
    logging.getLogger("groomdesk.migrations").info("applied %s", name)

breed_ids = {row["name"]: row["id"] for row in conn.execute("SELECT id, name FROM breeds")}
with conn:
    conn.executemany(
        "INSERT INTO appointments (dog_name, breed_id, day, start, groomer) VALUES (?, ?, ?, ?, ?)",
        [
            ("Biscuit", breed_ids["Cockapoo"], "2024-05-14", "09:00", "Ana"),
            ("Bramble", breed_ids["Labrador Retriever"], "2024-05-14", "11:00", "Ana"),
            ("Skye", breed_ids["Border Collie"], "2024-05-14", "09:30", "Tom"),
        ],
    )

for line in build_sheet(conn, date(2024, 5, 14)):
    print(line)
