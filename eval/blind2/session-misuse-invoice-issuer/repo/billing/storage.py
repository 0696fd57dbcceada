"""Persistence helpers for invoices."""
from __future__ import annotations

import os
from decimal import Decimal

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from billing.models import Base, Customer, Invoice

engine = create_engine(os.environ.get("BILLING_DSN", "sqlite:///billing.db"))


def init_db() -> None:
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        if session.scalar(select(func.count(Customer.id))) == 0:
            session.add(Customer(name="Northwind Ltd", email="ap@northwind.test"))
            session.commit()


def next_number(session: Session) -> str:
    count = session.scalar(select(func.count(Invoice.id))) or 0
    return f"INV-{count + 1:05d}"


def issue_invoice(customer_id: int, total: Decimal) -> Invoice:
    with Session(engine) as session:
        invoice = Invoice(
            number=next_number(session),
            customer_id=customer_id,
            total=total,
            status="issued",
        )
        session.add(invoice)
        session.commit()
        return invoice
