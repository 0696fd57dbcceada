from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dock.models import BoatAccount, FuelSale

PRICES = {"diesel": Decimal("1.89"), "petrol": Decimal("2.05")}


class AccountRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_vessel(self, vessel_name: str) -> BoatAccount | None:
        stmt = select(BoatAccount).where(BoatAccount.vessel_name == vessel_name)
        return self.session.scalars(stmt).first()

    def record_sale(self, account: BoatAccount, product: str, litres: Decimal) -> FuelSale:
        amount = (PRICES[product] * litres).quantize(Decimal("0.01"))
        sale = FuelSale(account=account, product=product, litres=litres, amount=amount)
        account.balance += amount
        self.session.add(sale)
        self.session.flush()
        return sale
