from datetime import datetime

from sqlmodel import Field, SQLModel


class Post(SQLModel, table=True):
    __tablename__ = "posts"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=120)
    title: str = Field(max_length=200)
    author: str = Field(max_length=80)
    likes: int = 0
    view_count: int = 0
    published_at: datetime


class PostSummary(SQLModel):
    slug: str
    title: str
    author: str
    score: float
