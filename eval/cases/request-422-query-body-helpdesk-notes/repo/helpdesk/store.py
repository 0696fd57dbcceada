"""In-memory ticket store (replaced by Postgres in production)."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone

from helpdesk.schemas import Note, Ticket


class TicketStore:
    def __init__(self) -> None:
        self._tickets: dict[int, Ticket] = {}
        self._ids = itertools.count(1)
        self._note_ids = itertools.count(1)

    def open(self, subject: str, requester: str) -> Ticket:
        ticket = Ticket(id=next(self._ids), subject=subject, requester=requester, notes=[])
        self._tickets[ticket.id] = ticket
        return ticket

    def get(self, ticket_id: int) -> Ticket | None:
        return self._tickets.get(ticket_id)

    def add_note(self, ticket: Ticket, author: str, body: str) -> Note:
        note = Note(
            id=next(self._note_ids),
            author=author,
            body=body,
            created_at=datetime.now(timezone.utc),
        )
        ticket.notes.append(note)
        return note


store = TicketStore()


def get_store() -> TicketStore:
    return store
