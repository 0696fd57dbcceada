"""Models mirroring the CRM's REST API (camelCase on the wire)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Contact(BaseModel):
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    first_name: str = Field(alias="firstName")
    last_name: str = Field(alias="lastName")
    email: str
    company_id: int | None = Field(default=None, alias="companyId")
    opted_in: bool = Field(default=False, alias="marketingOptIn")

    def to_api(self) -> dict[str, object]:
        return self.model_dump(by_alias=True, exclude_none=True)


class ContactPage(BaseModel):
    items: list[Contact]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
