"""Seed one invoice and deliver the provider's webhook for it through the app."""
import os
import sys
import tempfile
from datetime import date

tmp = tempfile.mkdtemp(prefix="billing-")
os.environ["BILLING_DATABASE_URL"] = f"sqlite:///{tmp}/billing.db"

from fastapi.testclient import TestClient  # noqa: E402

from billing.api import app  # noqa: E402
from billing.db import Base, SessionLocal, engine  # noqa: E402
from billing.models import Invoice  # noqa: E402
from billing.numbering import next_invoice_number  # noqa: E402
from billing.repository import InvoiceRepository  # noqa: E402

Base.metadata.create_all(engine)
with SessionLocal() as s:
    number = next_invoice_number(s, date(2024, 3, 1))
    InvoiceRepository(s).add(Invoice(number=number, customer_email="ap@acme.test",
                                     total_cents=12000, due_on=date(2024, 3, 31)))
    s.commit()

client = TestClient(app, raise_server_exceptions=True)
resp = client.post("/webhooks/payments", json={"type": "payment.succeeded", "invoice": number,
                                               "amount_cents": 12000, "reference": "pi_3Ox9a2"})
print(resp.status_code, resp.json())
sys.exit(0)
