from __future__ import annotations

import httpx


class SyncError(RuntimeError):
    pass


def push_rehearsal(client: httpx.Client, choir: str, rehearsal: dict) -> int:
    payload = {
        "starts_at": f"{rehearsal['date']}T{rehearsal['start']}:00",
        "duration_minutes": rehearsal["minutes"],
        "venue": rehearsal["venue"],
        "parts": rehearsal["parts"].split("+"),
        "notes": rehearsal.get("notes"),
    }
    response = client.post(f"/choirs/{choir}/rehearsals", json=payload)
    if response.status_code != httpx.codes.CREATED:
        raise SyncError(
            f"rehearsal on {rehearsal['date']} rejected with {response.status_code}: {response.text}"
        )
    return response.json()["id"]


def push_all(client: httpx.Client, choir: str, rehearsals: list[dict]) -> list[int]:
    return [push_rehearsal(client, choir, r) for r in rehearsals]
