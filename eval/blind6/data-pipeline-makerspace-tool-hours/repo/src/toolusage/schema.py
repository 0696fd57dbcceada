"""Row shapes passed between the pipeline stages."""

from __future__ import annotations

from typing import TypedDict


class RawBooking(TypedDict):
    booking_ref: str
    member: str
    tool_slug: str
    start: str
    end: str
    status: str


class UsageRow(TypedDict):
    booking_ref: str
    member: str
    tool_slug: str
    day: str
    minutes: int


class ToolHours(TypedDict):
    tool_slug: str
    bookings: int
    hours: float
    members: int
