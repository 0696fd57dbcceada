from datetime import datetime

from pydantic import BaseModel, ConfigDict, HttpUrl


class BookmarkCreate(BaseModel):
    url: HttpUrl
    title: str
    notes: str | None = None


class BookmarkRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    folder_id: int
    url: str
    title: str
    notes: str | None
    created_at: datetime
