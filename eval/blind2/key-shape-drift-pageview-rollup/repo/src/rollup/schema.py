"""Wire format of tracking beacons (the JS snippet sends camelCase)."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class PageView(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)

    session_id: str
    page_path: str
    referrer: str | None = None
    occurred_at: datetime
