from __future__ import annotations

from .models import Subscription

_SUBS: dict[str, Subscription] = {}


def save(sub: Subscription) -> Subscription:
    _SUBS[sub.account_id] = sub
    return sub


def get(account_id: str) -> Subscription | None:
    return _SUBS.get(account_id)
