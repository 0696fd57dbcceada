from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AgentOut(ORMModel):
    id: int
    display_name: str


class CommentOut(ORMModel):
    id: int
    author: str
    body: str
    internal: bool


class TicketSummary(ORMModel):
    id: int
    subject: str
    status: str
    opened_at: datetime


class TicketDetail(TicketSummary):
    assignee: AgentOut | None
    comments: list[CommentOut]
