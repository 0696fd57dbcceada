"""Demo data for a fresh database."""
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.db import Base, Customer, Pledge, SessionLocal, engine


def seed() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as db:
        if db.scalar(select(Customer.id).limit(1)) is not None:
            return
        marta = Customer(full_name="Marta Ilves", id_document="EE-48812")
        marta.pledges = [
            Pledge(ticket_no="T-10231", description="18k gold chain, 22 g", principal=Decimal("410.00"),
                   pledged_on=date(2026, 6, 2), due_on=date(2026, 9, 2), redeemed_at=None, forfeited_at=None),
            Pledge(ticket_no="T-10377", description="Yamaha YAS-280 alto sax", principal=Decimal("260.00"),
                   pledged_on=date(2026, 8, 19), due_on=date(2026, 11, 19), redeemed_at=None, forfeited_at=None),
            Pledge(ticket_no="T-09954", description="Omega Seamaster 300", principal=Decimal("1200.00"),
                   pledged_on=date(2026, 3, 11), due_on=date(2026, 6, 11),
                   redeemed_at=datetime(2026, 6, 9, 15, 40), forfeited_at=None),
        ]
        db.add(marta)
        db.commit()
