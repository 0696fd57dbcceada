from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContactRequest:
    name: str
    email: str
    topic: str
    message: str


TOPICS = ("billing", "bug", "account", "other")
