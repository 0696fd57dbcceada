"""Nightly payout run: ``python -m boxoffice.payout_job``."""

from __future__ import annotations

from sqlalchemy import select

from boxoffice.db import Base, SessionLocal, Seller, engine
from boxoffice.services.payouts import PayoutService, can_receive_payouts


def run() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as db:
        service = PayoutService(db)
        for seller in db.scalars(select(Seller).order_by(Seller.id)):
            if not can_receive_payouts(seller):
                continue
            summary = service.pending(seller.id)
            print(f"seller {seller.id}: net {summary.net}")


if __name__ == "__main__":
    run()
