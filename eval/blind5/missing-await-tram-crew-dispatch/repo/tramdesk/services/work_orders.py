from __future__ import annotations

from datetime import datetime, timezone

from tramdesk.models import Crew, Fault, WorkOrder


def build_work_order(fault: Fault, crew: Crew) -> WorkOrder:
    """Turn a fault and the crew assigned to it into the order sent to the crew's tablet."""
    return WorkOrder(
        fault_id=fault.id,
        crew_code=crew.code,
        crew_lead=crew.lead,
        stop_code=fault.stop.code,
        stop_name=fault.stop.name,
        category=fault.category.value,
        summary=fault.summary,
        issued_at=datetime.now(timezone.utc),
    )
