from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Order


class OrderRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def get_for_customer(self, order_id: int, customer_id: int) -> Order | None:
        stmt = select(Order).where(Order.id == order_id, Order.customer_id == customer_id)
        return self.db.scalars(stmt).first()

    def list_for_customer(self, customer_id: int) -> list[Order]:
        stmt = select(Order).where(Order.customer_id == customer_id).order_by(Order.placed_at.desc())
        return list(self.db.scalars(stmt))

    def save(self, order: Order) -> Order:
        self.db.add(order)
        self.db.commit()
        self.db.refresh(order)
        return order
