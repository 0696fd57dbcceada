"""Production-like database: invoices issued before the currency migration, then `upgrade head`;
then the API is asked for one old and one new invoice."""

import sqlite3
import sys

from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient

db_path = sys.argv[1]
cfg = Config("alembic.ini")
command.upgrade(cfg, "20240211_01")
with sqlite3.connect(db_path) as conn:
    conn.executemany(
        "INSERT INTO invoice (number, customer, amount_cents, due_on, paid) VALUES (?, ?, ?, ?, ?)",
        [
            ("2024-0007", "Brightline GmbH", 129000, "2024-03-01", 1),
            ("2024-0019", "Okafor & Sons", 48250, "2024-06-15", 0),
        ],
    )
command.upgrade(cfg, "head")

from ledger.main import app  # noqa: E402

with TestClient(app) as client:
    created = client.post(
        "/invoices",
        json={"number": "2024-0031", "customer": "Nordwind AS", "amount_cents": 99000,
              "currency": "usd", "due_on": "2024-07-01"},
    )
    print(created.status_code, created.json())
    print(client.get("/invoices/2024-0031").json())
    print(client.get("/invoices/unpaid").json())
