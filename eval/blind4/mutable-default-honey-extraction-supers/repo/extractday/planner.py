"""Group the supers of an extraction day into batches."""

from __future__ import annotations

from datetime import date

from extractday.models import HoneyBatch, SuperRecord


def lot_number(day: date, seq: int) -> str:
    return f"{day:%y%j}-{seq:02d}"


def plan_batches(day: date, supers: list[SuperRecord]) -> list[HoneyBatch]:
    batches: dict[tuple[str, str], HoneyBatch] = {}
    for record in sorted(supers, key=lambda s: (s.apiary, s.floral_source, s.super_id)):
        key = (record.apiary, record.floral_source)
        if key not in batches:
            batches[key] = HoneyBatch(lot_number(day, len(batches) + 1), record.floral_source)
        batches[key].add_super(record)
    return list(batches.values())
