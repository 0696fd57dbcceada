from __future__ import annotations

from taskboard.models import Status, Task
from taskboard.notifications import notify_watchers


class Board:
    def __init__(self) -> None:
        self.tasks: dict[int, Task] = {}
        self._next_id = 1

    def add(self, title: str) -> Task:
        task = Task(id=self._next_id, title=title)
        self.tasks[task.id] = task
        self._next_id += 1
        return task

    def complete(self, task_id: int) -> None:
        task = self.tasks[task_id]
        task.status = Status.DONE
        notify_watchers(task)
