#!/usr/bin/env python3
"""Replay the billing incident for real and keep the server log in ``traceback.txt``.

What it does, in a temporary directory (nothing is written into this folder except the output):

1. copies the app, ``alembic.ini`` and ``migrations/`` there, as a deployment would;
2. creates a fresh SQLite database and runs migration ``0001`` with alembic's command API;
3. inserts the customers production already had (with Stripe customer ids and invoices);
4. runs migration ``0002`` (the release that added ``users.billing_enabled``);
5. starts the app with uvicorn on 127.0.0.1 (a free port), signs up a new customer, asks for
   the new customer's billing summary (works) and then for an existing customer's (500);
6. stops the server and writes everything it logged to OUTPUT (default: ``traceback.txt``).

Run: ``python examples/billing/reproduce.py [OUTPUT]`` (needs fastapi, uvicorn, sqlalchemy,
aiosqlite, alembic, pydantic-settings and httpx: ``pip install 'rootcause[apps]'``).
Exits 1 if the expected AttributeError did not show up.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
EXPECTED = "AttributeError: 'NoneType' object has no attribute 'stripe_customer_id'"

EXISTING_CUSTOMERS = [
    (1, "ada@lovelace.dev", "Ada Lovelace", "pro", "cus_Q3bV7uXk2LmN9a"),
    (2, "grace@hopper.dev", "Grace Hopper", "team", "cus_Q3bW1pRt8YzE4c"),
    (3, "alan@turing.dev", "Alan Turing", "free", None),
]
EXISTING_INVOICES = [
    (1, "INV-2025-0001", 4900, "paid"),
    (1, "INV-2025-0002", 4900, "open"),
    (2, "INV-2025-0003", 19900, "paid"),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def migrate(deploy: Path, revision: str) -> None:
    """``alembic upgrade <revision>`` through the command API, from the deployed copy."""
    from alembic import command
    from alembic.config import Config

    cwd = Path.cwd()
    os.chdir(deploy)
    try:
        command.upgrade(Config(str(deploy / "alembic.ini")), revision)
    finally:
        os.chdir(cwd)


def seed_existing_customers(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO users (id, email, full_name, plan, stripe_customer_id) VALUES (?, ?, ?, ?, ?)",
            EXISTING_CUSTOMERS,
        )
        conn.executemany(
            "INSERT INTO invoices (user_id, number, amount_cents, status) VALUES (?, ?, ?, ?)",
            EXISTING_INVOICES,
        )


def wait_until_up(base_url: str, server: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("uvicorn exited before it was ready")
        try:
            if httpx.get(f"{base_url}/healthz", timeout=0.5).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("uvicorn did not come up in time")


def main() -> int:
    output = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE / "traceback.txt"
    sys.dont_write_bytecode = True
    with tempfile.TemporaryDirectory(prefix="billing-") as tmp:
        deploy = Path(tmp) / "srv" / "billing"
        shutil.copytree(HERE / "app", deploy / "app", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(
            HERE / "migrations", deploy / "migrations", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copy2(HERE / "alembic.ini", deploy / "alembic.ini")
        db_path = Path(tmp) / "billing.db"
        env = {
            **os.environ,
            "BILLING_DATABASE_URL": f"sqlite+aiosqlite:///{db_path}",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(deploy),
        }
        os.environ["BILLING_DATABASE_URL"] = env["BILLING_DATABASE_URL"]
        sys.path.insert(0, str(deploy))

        migrate(deploy, "0001")
        seed_existing_customers(db_path)
        migrate(deploy, "head")

        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log_path = Path(tmp) / "server.log"
        with log_path.open("wb") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
                cwd=deploy,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            try:
                wait_until_up(base_url, server)
                with httpx.Client(base_url=base_url, timeout=10.0) as client:
                    new = client.post(
                        "/users",
                        json={"email": "katherine@johnson.dev", "full_name": "Katherine Johnson",
                              "plan": "pro", "stripe_customer_id": "cus_R8kD2nWq5TyH7e"},
                    )
                    new.raise_for_status()
                    client.get(f"/billing/users/{new.json()['id']}/summary").raise_for_status()
                    failed = client.get("/billing/users/1/summary")
                    print(f"GET /billing/users/1/summary -> {failed.status_code}", file=sys.stderr)
            finally:
                server.terminate()
                server.wait(timeout=10)
        text = log_path.read_text(encoding="utf-8")

    if EXPECTED not in text:
        sys.stderr.write(f"reproduce: expected {EXPECTED!r} in the server log, got:\n{text}\n")
        return 1
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
