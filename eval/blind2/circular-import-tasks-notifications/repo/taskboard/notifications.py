"""Outgoing notifications (queued for the mail worker)."""
from __future__ import annotations

from taskboard.models import Status, Task

OUTBOX: list[dict] = []


def notify_assignee(task: Task) -> None:
    OUTBOX.append({"to": task.assignee, "subject": f"You were assigned: {task.title}"})


def notify_watchers(task: Task) -> None:
    if task.status is Status.DONE:
        for watcher in task.watchers:
            OUTBOX.append({"to": watcher, "subject": f"Done: {task.title}"})
