from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Task
from .settings import settings


class TaskRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, title: str, project: str) -> Task:
        task = Task(title=title, project=project)
        self.session.add(task)
        await self.session.commit()
        return task

    async def open_tasks(self, project: str) -> Sequence[Task]:
        stmt = select(Task).where(Task.project == project, Task.done.is_(False)).limit(settings.page_size)
        return self.session.scalars(stmt)
