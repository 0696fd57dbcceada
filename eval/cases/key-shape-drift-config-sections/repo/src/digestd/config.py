"""Loading ``digestd.toml``.

Example::

    [database]
    url = "sqlite:///digest.db"

    [smtp]
    host = "mail.internal"
    port = 587
    username = "digest"
    use_tls = true

    [schedule]
    hour = 7
    weekdays = ["mon", "tue", "wed", "thu", "fri"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class DatabaseSettings:
    url: str
    echo: bool = False


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    username: str | None = None
    password: str | None = None
    use_tls: bool = False
    sender: str = "digest@localhost"


@dataclass(frozen=True)
class ScheduleSettings:
    hour: int = 7
    weekdays: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")


@dataclass(frozen=True)
class Settings:
    database: DatabaseSettings
    smtp: SmtpSettings
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        schedule = data.get("schedule", {})
        return cls(
            database=DatabaseSettings(**data["database"]),
            smtp=data["smtp"],
            schedule=ScheduleSettings(
                hour=schedule.get("hour", 7),
                weekdays=tuple(schedule.get("weekdays", ScheduleSettings.weekdays)),
            ),
        )


def load_settings(path: Path) -> Settings:
    with path.open("rb") as fh:
        return Settings.from_dict(tomllib.load(fh))
