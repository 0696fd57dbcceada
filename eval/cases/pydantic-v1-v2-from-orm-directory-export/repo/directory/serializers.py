from __future__ import annotations

from collections.abc import Iterable

from directory.orm import Employee
from directory.schemas import DirectoryEntry


def to_entries(employees: Iterable[Employee]) -> list[DirectoryEntry]:
    return [DirectoryEntry.from_orm(employee) for employee in employees]


def to_rows(entries: Iterable[DirectoryEntry]) -> list[dict[str, str]]:
    return [
        {
            "name": entry.display_name,
            "email": entry.email,
            "team": entry.team,
            "office": entry.office or "",
            "ext": entry.extension or "",
        }
        for entry in entries
    ]
