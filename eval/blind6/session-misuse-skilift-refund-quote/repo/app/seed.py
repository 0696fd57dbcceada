"""Create the tables and load a couple of passes for local testing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.database import Base, SessionLocal, engine
from app.models import LiftScan, SkiPass


def main() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        six_day = SkiPass(
            pass_no="SN-24-118305",
            holder="Ilse Brandauer",
            product="6-day adult",
            valid_from=date(2025, 2, 3),
            valid_days=6,
            price=Decimal("312.00"),
        )
        six_day.scans = [
            LiftScan(lift_code="GN1", scanned_at=datetime(2025, 2, 3, 9, 12)),
            LiftScan(lift_code="CH2", scanned_at=datetime(2025, 2, 3, 10, 40)),
            LiftScan(lift_code="GN1", scanned_at=datetime(2025, 2, 4, 8, 58)),
        ]
        session.add(six_day)
        session.commit()


if __name__ == "__main__":
    main()
