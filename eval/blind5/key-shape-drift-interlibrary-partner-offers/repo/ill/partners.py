"""Partner libraries and their (cached) catalogue holdings."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ill.types import Holding, Partner

PARTNERS: dict[str, Partner] = {
    "ASHBY": {"code": "ASHBY", "name": "Ashby County Library", "courier_days": 2, "lends_new_titles": True},
    "BRK": {"code": "BRK", "name": "Brookfield Public Library", "courier_days": 3, "lends_new_titles": False},
    "STC": {"code": "STC", "name": "St. Clement College Library", "courier_days": 4, "lends_new_titles": True},
}


@lru_cache(maxsize=None)
def _load_catalogue(data_dir: Path) -> dict[str, dict[str, list[Holding]]]:
    with open(data_dir / "partner_holdings.json", encoding="utf-8") as fh:
        return json.load(fh)


def holdings_for(data_dir: Path, partner_code: str, isbn: str) -> list[Holding]:
    """Copies of ``isbn`` at a partner, as last harvested from its catalogue."""
    return list(_load_catalogue(data_dir).get(partner_code, {}).get(isbn, []))


def lendable(holding: Holding) -> bool:
    return holding["status"] in {"available", "on shelf"} and holding["loan_period"] > 0
