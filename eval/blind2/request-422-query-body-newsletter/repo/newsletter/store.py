from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class Subscription:
    email: str
    plan: str
    created_at: datetime


class SubscriptionStore:
    def __init__(self) -> None:
        self._by_email: dict[str, Subscription] = {}

    def upsert(self, email: str, plan: str) -> Subscription:
        sub = Subscription(email=email.lower(), plan=plan, created_at=datetime.now(timezone.utc))
        self._by_email[sub.email] = sub
        return sub

    def get(self, email: str) -> Subscription | None:
        return self._by_email.get(email.lower())


store = SubscriptionStore()
