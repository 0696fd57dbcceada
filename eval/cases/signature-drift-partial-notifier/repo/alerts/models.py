from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Alert:
    id: str
    severity: str
    title: str
    service: str
    tags: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_json(cls, data: dict) -> Alert:
        return cls(
            id=data["id"],
            severity=data["severity"],
            title=data["title"],
            service=data["service"],
            tags=tuple(data.get("tags", ())),
        )


@dataclass(frozen=True)
class RoutingConfig:
    oncall_emails: tuple[str, ...]
    slack_webhook: str
    retries: int = 3
    page_on: tuple[str, ...] = ("critical",)
