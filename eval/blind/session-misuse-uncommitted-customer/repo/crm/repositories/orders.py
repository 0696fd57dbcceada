from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import SalesOrder


class OrderRepository:
    def __init__(self, db: Session):
        self.db = db

    def open_amount(self, customer_id: int) -> Decimal:
        stmt = select(func.coalesce(func.sum(SalesOrder.amount), 0)).where(SalesOrder.customer_id == customer_id)
        return Decimal(self.db.scalar(stmt))

    def create(self, customer_id: int, amount: Decimal) -> SalesOrder:
        order = SalesOrder(customer_id=customer_id, amount=amount)
        self.db.add(order)
        self.db.commit()
        self.db.refresh(order)
        return order
