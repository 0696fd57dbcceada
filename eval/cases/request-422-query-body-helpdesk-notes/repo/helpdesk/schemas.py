from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Note(BaseModel):
    id: int
    author: str
    body: str
    created_at: datetime


class Ticket(BaseModel):
    id: int
    subject: str
    requester: str
    status: str = "open"
    notes: list[Note] = Field(default_factory=list)


class TicketCreate(BaseModel):
    subject: str = Field(min_length=3)
    requester: str
