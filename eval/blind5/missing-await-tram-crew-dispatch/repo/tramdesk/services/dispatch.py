from __future__ import annotations

import logging

from tramdesk.models import WorkOrder
from tramdesk.repositories.crews import CrewRoster
from tramdesk.repositories.faults import FaultStore
from tramdesk.services.work_orders import build_work_order

log = logging.getLogger(__name__)


class FaultNotFound(Exception):
    pass


class NoCrewAvailable(Exception):
    pass


class AlreadyDispatched(Exception):
    pass


async def dispatch_fault(fault_id: str, store: FaultStore, roster: CrewRoster) -> WorkOrder:
    """Assign the nearest qualified crew to an open fault and issue its work order."""
    fault = await store.get(fault_id)
    if fault is None:
        raise FaultNotFound(fault_id)
    if fault.status != "open":
        raise AlreadyDispatched(fault_id)

    crew = roster.nearest_available(fault.stop.depot, fault.category)
    if crew is None:
        raise NoCrewAvailable(f"no crew at depot {fault.stop.depot} for {fault.category.value}")

    order = build_work_order(fault, crew)
    await store.mark_dispatched(fault.id, order.crew_code)
    log.info("fault %s dispatched to crew %s", fault.id, order.crew_code)
    return order
