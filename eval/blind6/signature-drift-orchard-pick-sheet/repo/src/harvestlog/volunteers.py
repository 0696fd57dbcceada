"""Quick entry from the picking-day tablet."""

from __future__ import annotations

from datetime import date

from harvestlog.ledger import HarvestLedger, Pick, record_pick


def log_crate(ledger: HarvestLedger, tree_tag: str, kg: float, name: str, *, today: date | None = None) -> Pick:
    return record_pick(ledger, tree_tag, picked_on=today or date.today(), weight_kg=kg, volunteer=name.strip().title())
