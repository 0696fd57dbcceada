from datetime import datetime
from enum import Enum

from sqlmodel import Field, SQLModel


class Status(str, Enum):
    draft = "draft"
    published = "published"


class Post(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    title: str
    body: str
    status: Status = Field(default=Status.draft)
    published_at: datetime | None = None


class PostSummary(SQLModel):
    slug: str
    title: str
    published_at: datetime
