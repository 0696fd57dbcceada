from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..clients import CrmClient


@dataclass(frozen=True)
class Subscriber:
    email: str
    name: str
    crm_id: str


def to_subscriber(contact: dict[str, Any]) -> Subscriber | None:
    props = contact["properties"]
    email = (props.get("email") or "").strip().lower()
    if not email:
        return None
    name = " ".join(p for p in (props.get("firstname"), props.get("lastname")) if p)
    return Subscriber(email=email, name=name, crm_id=contact["id"])


def sync_contacts(client: CrmClient) -> list[Subscriber]:
    subscribers = []
    for contact in client.list_contacts():
        sub = to_subscriber(contact)
        if sub is not None:
            subscribers.append(sub)
    return subscribers
