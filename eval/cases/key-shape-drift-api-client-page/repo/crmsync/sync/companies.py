from __future__ import annotations

from ..clients import CrmClient


def sync_companies(client: CrmClient) -> dict[str, str]:
    return {c["id"]: c["properties"]["name"] for c in client.list_companies()}
