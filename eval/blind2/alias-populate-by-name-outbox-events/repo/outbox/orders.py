from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal


@dataclass
class Order:
    id: str
    customer_id: str
    total: Decimal
    created_at: datetime
    status: str = "placed"


PENDING = [
    Order("ord_7f3a", "cus_118", Decimal("84.20"), datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)),
]
