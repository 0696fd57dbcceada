"""The harvest ledger: every crate picked, by tree and by day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Pick:
    tree_tag: str
    picked_on: date
    weight_kg: float
    volunteer: str | None = None


@dataclass
class HarvestLedger:
    season: int
    picks: list[Pick] = field(default_factory=list)

    def total_for(self, tree_tag: str) -> float:
        return round(sum(p.weight_kg for p in self.picks if p.tree_tag == tree_tag), 2)

    def by_volunteer(self) -> dict[str, float]:
        totals: dict[str, float] = defaultdict(float)
        for pick in self.picks:
            totals[pick.volunteer or "unknown"] += pick.weight_kg
        return dict(totals)


def record_pick(
    ledger: HarvestLedger,
    tree_tag: str,
    picked_on: date,
    weight_kg: float,
    volunteer: str | None = None,
) -> Pick:
    """Add one pick to the ledger, checking it belongs to the ledger's season."""
    if weight_kg <= 0:
        raise ValueError(f"weight must be positive, got {weight_kg!r}")
    if picked_on.year != ledger.season:
        raise ValueError(f"{picked_on} is outside the {ledger.season} season")
    pick = Pick(tree_tag=tree_tag.upper(), picked_on=picked_on, weight_kg=float(weight_kg), volunteer=volunteer)
    ledger.picks.append(pick)
    return pick
