"""Ticket endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, status

from helpdesk.schemas import Note, Ticket, TicketCreate
from helpdesk.store import TicketStore, get_store

router = APIRouter(prefix="/tickets", tags=["tickets"])


@router.post("", response_model=Ticket, status_code=status.HTTP_201_CREATED)
def open_ticket(payload: TicketCreate, store: TicketStore = Depends(get_store)) -> Ticket:
    return store.open(payload.subject, payload.requester)


@router.get("/{ticket_id}", response_model=Ticket)
def read_ticket(ticket_id: int, store: TicketStore = Depends(get_store)) -> Ticket:
    ticket = store.get(ticket_id)
    if ticket is None:
        raise HTTPException(status_code=404, detail="Ticket not found")
    return ticket


@router.post("/{ticket_id}/notes", response_model=Note, status_code=status.HTTP_201_CREATED)
def add_note(
    ticket_id: int,
    author: str,
    body: str,
    store: TicketStore = Depends(get_store),
) -> Note:
    ticket = store.get(ticket_id)
    if ticket is None:
        raise HTTPException(status_code=404, detail="Ticket not found")
    return store.add_note(ticket, author=author, body=body)
