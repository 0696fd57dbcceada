from __future__ import annotations

import logging

from shop.notifications.schemas import OrderPlaced

log = logging.getLogger(__name__)
outbox: list[tuple[str, str]] = []


async def on_order_placed(body: bytes) -> None:
    event = OrderPlaced.model_validate_json(body)
    subject = f"Order #{event.order_id} confirmed"
    text = (f"Thanks for your order of {event.item_count} item(s), total EUR {event.total:.2f}, "
            f"placed {event.placed_at:%d %B %Y at %H:%M}.")
    outbox.append((event.customer_email, subject + "\n\n" + text))
    log.info("queued confirmation for order %s", event.order_id)
