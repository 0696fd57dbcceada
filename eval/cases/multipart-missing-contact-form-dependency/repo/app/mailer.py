from __future__ import annotations

import logging
from collections import deque

from app.schemas import ContactRequest

log = logging.getLogger(__name__)

OUTBOX: deque[ContactRequest] = deque(maxlen=1000)


def queue_ticket_mail(request: ContactRequest) -> int:
    """Queue the request for the helpdesk mailbox; returns the queue position."""
    OUTBOX.append(request)
    log.info("queued contact request from %s (%s)", request.email, request.topic)
    return len(OUTBOX)
