from __future__ import annotations

from datetime import time

from sqlmodel import Field, SQLModel


class Lesson(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    week: int = Field(index=True)
    weekday: int
    starts_at: time
    form_group: str = Field(index=True)
    subject: str
    teacher: str
    room: str
    published: bool = False


class LessonRead(SQLModel):
    weekday: int
    starts_at: time
    form_group: str
    subject: str
    teacher: str
    room: str
