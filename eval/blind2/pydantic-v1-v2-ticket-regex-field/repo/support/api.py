from __future__ import annotations

from datetime import datetime, timezone
from itertools import count

from fastapi import FastAPI

from support.schemas import TicketIn, TicketOut

app = FastAPI(title="support")
_ids = count(1)
TICKETS: dict[int, TicketOut] = {}


@app.post("/tickets", response_model=TicketOut, status_code=201)
def open_ticket(ticket: TicketIn) -> TicketOut:
    out = TicketOut(id=next(_ids), created_at=datetime.now(timezone.utc), **ticket.model_dump())
    TICKETS[out.id] = out
    return out
