from datetime import date

from pydantic import BaseModel, ConfigDict


class PostBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    title: str
    slug: str
    published_on: date


class AuthorProfile(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    handle: str
    display_name: str
    bio: str | None = None
    posts: list[PostBrief] = []
