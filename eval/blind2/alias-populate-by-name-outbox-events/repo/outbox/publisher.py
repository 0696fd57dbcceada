"""Outbox relay: turn pending orders into events and hand them to the broker."""
from __future__ import annotations

import logging

from outbox.contracts import OrderPlaced
from outbox.orders import PENDING, Order

log = logging.getLogger("outbox.publisher")


class InMemoryBroker:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []

    def publish(self, topic: str, payload: bytes) -> None:
        self.sent.append((topic, payload))


def event_for(order: Order) -> OrderPlaced:
    return OrderPlaced(
        order_id=order.id,
        customer_id=order.customer_id,
        total=order.total,
        placed_at=order.created_at,
    )


def relay(orders: list[Order], broker: InMemoryBroker) -> int:
    sent = 0
    for order in orders:
        try:
            broker.publish("orders", event_for(order).to_message())
            sent += 1
        except Exception:
            log.exception("could not relay order %s", order.id)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(levelname)s] %(name)s - %(message)s")
    count = relay(PENDING, InMemoryBroker())
    log.info("relayed %d/%d events", count, len(PENDING))
