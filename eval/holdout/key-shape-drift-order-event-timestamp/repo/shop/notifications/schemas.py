from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, PositiveInt


class OrderPlaced(BaseModel):
    order_id: PositiveInt
    customer_email: str
    total: Decimal
    item_count: int
    placed_at: datetime
