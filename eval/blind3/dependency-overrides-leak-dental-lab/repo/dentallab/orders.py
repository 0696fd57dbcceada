"""Work orders sent by dental practices (crowns, bridges, aligners)."""

from __future__ import annotations

import itertools
from datetime import date
from enum import Enum

from pydantic import BaseModel, Field


class Restoration(str, Enum):
    CROWN = "crown"
    BRIDGE = "bridge"
    VENEER = "veneer"
    ALIGNER = "aligner"


class OrderStatus(str, Enum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class OrderIn(BaseModel):
    practice: str
    patient_ref: str = Field(pattern=r"^[A-Z]{2}\d{4}$")
    restoration: Restoration
    teeth: list[int] = Field(min_length=1)
    shade: str = "A2"
    due: date


class Order(OrderIn):
    id: int
    status: OrderStatus = OrderStatus.RECEIVED
    assigned_to: int | None = None


class OrderBook:
    def __init__(self) -> None:
        self._orders: dict[int, Order] = {}
        self._ids = itertools.count(1)

    def create(self, payload: OrderIn) -> Order:
        order = Order(id=next(self._ids), **payload.model_dump())
        self._orders[order.id] = order
        return order

    def get(self, order_id: int) -> Order | None:
        return self._orders.get(order_id)

    def save(self, order: Order) -> Order:
        self._orders[order.id] = order
        return order
