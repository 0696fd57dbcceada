from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from depotq import settings
from depotq.models import WorkOrder
from depotq.notifiers import Notifier

log = logging.getLogger(__name__)


def _message(order: WorkOrder) -> str:
    who = order.mechanic or "unassigned"
    return f"{order.plate}: {order.summary} done by {who}, vehicle back in service"


async def close_finished_orders(session: AsyncSession, notifier: Notifier) -> int:
    stmt = (
        select(WorkOrder)
        .where(WorkOrder.status == "finished", WorkOrder.closed_at.is_(None))
        .order_by(WorkOrder.finished_at)
    )
    orders = (await session.scalars(stmt)).all()
    for order in orders:
        order.status = "closed"
        order.closed_at = datetime.now(timezone.utc).replace(tzinfo=None)
        await notifier.send(settings.DEPOT_CHANNEL, _message(order))
    await session.commit()
    return len(orders)
