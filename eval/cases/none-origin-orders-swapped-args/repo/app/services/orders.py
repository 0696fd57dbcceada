from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.config import config
from app.models import Order
from app.repositories.orders import OrderRepository


class OrderNotCancellable(Exception):
    pass


class OrderService:
    def __init__(self, db: Session) -> None:
        self.orders = OrderRepository(db)

    def _owned_order(self, customer_id: int, order_id: int) -> Order | None:
        return self.orders.get_for_customer(customer_id, order_id)

    def cancel(self, customer_id: int, order_id: int) -> Order:
        """Cancel an order the customer placed, if it has not shipped and is recent enough."""
        order = self._owned_order(customer_id, order_id)
        if order.status in {"shipped", "delivered", "cancelled"}:
            raise OrderNotCancellable(f"order {order_id} is already {order.status}")
        window = timedelta(hours=config.cancel_window_hours)
        if datetime.utcnow() - order.placed_at > window:
            raise OrderNotCancellable(f"order {order_id} is older than {window}")
        order.status = "cancelled"
        order.cancelled_at = datetime.utcnow()
        return self.orders.save(order)
