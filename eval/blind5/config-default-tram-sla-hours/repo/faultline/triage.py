from __future__ import annotations

from faultline.models import FaultTicket, Severity
from faultline.settings import Settings
from faultline.sla import due_by

_SAFETY_WORDS = ("spark", "smoke", "derail", "exposed cable", "broken rail")


def classify(ticket: FaultTicket) -> FaultTicket:
    """Raise the severity of anything that sounds like a safety issue."""
    text = ticket.description.lower()
    if any(word in text for word in _SAFETY_WORDS):
        ticket.severity = Severity.HIGH
        ticket.tags.append("safety")
    return ticket


def open_ticket(ticket: FaultTicket, settings: Settings) -> FaultTicket:
    ticket = classify(ticket)
    ticket.due_by = due_by(ticket, settings)
    if len(ticket.stop.lines) > 1:
        ticket.tags.append("interchange")
    return ticket
