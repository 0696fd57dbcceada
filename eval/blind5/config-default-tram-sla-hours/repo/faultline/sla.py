from __future__ import annotations

from datetime import datetime, timedelta

from faultline.models import FaultTicket
from faultline.settings import Settings


def _in_night_service(moment: datetime, settings: Settings) -> bool:
    hour = moment.hour
    return hour >= settings.night_service_start or hour < settings.night_service_end


def due_by(ticket: FaultTicket, settings: Settings) -> datetime:
    """When the repair must be done to meet the service level for the ticket's severity."""
    allowed = timedelta(hours=settings.sla_hours[ticket.severity.value])
    if _in_night_service(ticket.reported_at, settings):
        allowed += timedelta(hours=settings.night_extension_hours)
    return ticket.reported_at + allowed
