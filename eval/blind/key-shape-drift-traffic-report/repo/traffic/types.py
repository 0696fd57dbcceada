from __future__ import annotations

from typing import TypedDict


class Hit(TypedDict):
    ts: str
    visitor: str
    path: str


class DailyRow(TypedDict):
    day: str
    visits: int
    unique_visitors: int
    top_path: str
