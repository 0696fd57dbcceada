from datetime import datetime

from sqlmodel import Field, SQLModel


class TalkBase(SQLModel):
    title: str = Field(max_length=200)
    speaker: str
    track: str = "main"
    starts_at: datetime | None = None
    room: str | None = Field(default=None, max_length=40)


class Talk(TalkBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    accepted: bool = False


class TalkCreate(TalkBase):
    pass


class TalkPublic(SQLModel):
    id: int
    title: str
    speaker: str
    track: str
    starts_at: datetime | None
    room: str
