"""Typed-ish wrapper over the CRM's v3 REST API.

List endpoints answer ``{"results": [...], "paging": {"next": {"after": "..."}}}``.
"""

from __future__ import annotations

from typing import Any

from .base import ApiClient


class CrmClient(ApiClient):
    def list_companies(self, limit: int = 100) -> list[dict[str, Any]]:
        """Companies, newest first."""
        page = self._get("/v3/companies", limit=str(limit))
        return page["results"]

    def list_contacts(self, limit: int = 100, properties: str = "email,firstname,lastname") -> list[dict[str, Any]]:
        """Contacts with the requested properties, newest first."""
        page = self._get("/v3/contacts", limit=str(limit), properties=properties)
        return page

    def get_contact(self, contact_id: str) -> dict[str, Any]:
        return self._get(f"/v3/contacts/{contact_id}")
