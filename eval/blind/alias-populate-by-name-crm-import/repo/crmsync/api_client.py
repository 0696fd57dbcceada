from __future__ import annotations

from typing import Any

from .schemas import Contact, ContactPage


class FakeCrm:
    """In-memory CRM used by tests and the local dev server."""

    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []

    def list_contacts(self) -> ContactPage:
        raw = {"items": [{"firstName": "Ada", "lastName": "Byron", "email": "ada@example.org"}], "nextCursor": None}
        return ContactPage.model_validate(raw)

    def create_contact(self, contact: Contact) -> None:
        self.created.append(contact.to_api())
