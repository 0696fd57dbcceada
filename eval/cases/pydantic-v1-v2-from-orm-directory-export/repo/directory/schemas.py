"""Public views of directory data."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DirectoryEntry(BaseModel):
    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)

    first_name: str
    last_name: str
    email: str
    team: str = Field(validation_alias="team_name")
    office: str | None = None
    extension: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
