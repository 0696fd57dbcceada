from datetime import datetime, timezone

from sqlmodel import Field, SQLModel


class Member(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    handle: str = Field(unique=True, index=True)


class ApiToken(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(unique=True, index=True)
    member_id: int = Field(foreign_key="member.id")
    revoked: bool = False


class Note(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="member.id", index=True)
    title: str
    body: str = ""
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


class NoteCreate(SQLModel):
    title: str
    body: str = ""


class NoteRead(SQLModel):
    id: int
    title: str
    body: str
