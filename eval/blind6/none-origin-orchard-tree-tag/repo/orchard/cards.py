"""Printable tree cards for the volunteers' clipboard."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from orchard.models import Tree
from orchard.schemas import TreeCard


def _season_totals(tree: Tree) -> dict[int, float]:
    totals: dict[int, float] = defaultdict(float)
    for harvest in tree.harvests:
        totals[harvest.picked_on.year] += float(harvest.weight_kg)
    return dict(totals)


def build_card(tree: Tree, today: date) -> TreeCard:
    totals = _season_totals(tree)
    age = today.year - tree.planted_on.year
    best = max(totals, key=totals.get) if totals else None
    return TreeCard(
        tag=tree.tag,
        variety=tree.variety,
        plot=tree.plot,
        age_years=age,
        seasons=len(totals),
        total_kg=round(sum(totals.values()), 2),
        best_season=best,
    )
