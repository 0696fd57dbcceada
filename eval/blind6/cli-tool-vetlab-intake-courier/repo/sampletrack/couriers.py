"""Couriers we accept samples from, keyed by slug."""

from __future__ import annotations

from datetime import datetime, timedelta

SLA_HOURS: dict[str, int] = {
    "dpd": 24,
    "royal-mail": 48,
    "citysprint": 4,
    "clinic-drop": 0,
}

DISPLAY_NAMES: dict[str, str] = {
    "dpd": "DPD Medical",
    "royal-mail": "Royal Mail Tracked 24",
    "citysprint": "CitySprint same-day",
    "clinic-drop": "Dropped off by clinic",
}


def display_name(slug: str) -> str:
    return DISPLAY_NAMES.get(slug, slug)


def sla_for(slug: str) -> timedelta:
    return timedelta(hours=SLA_HOURS[slug])


def expected_arrival(slug: str, dispatched_at: datetime) -> datetime:
    return dispatched_at + sla_for(slug)
