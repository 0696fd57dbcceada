from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from taskboard.notifications import notify_assignee


class Status(str, Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


@dataclass
class Task:
    id: int
    title: str
    assignee: str | None = None
    due: date | None = None
    status: Status = Status.TODO
    watchers: list[str] = field(default_factory=list)

    def assign(self, user: str) -> None:
        self.assignee = user
        notify_assignee(self)
