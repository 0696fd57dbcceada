from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass
class Membership:
    member_no: str
    name: str
    email: str
    plan: str
    paid_through: date
    frozen_until: date | None = None
    status: str = "active"

    def is_frozen(self, today: date) -> bool:
        return self.frozen_until is not None and self.frozen_until >= today


def load_memberships(path: Path) -> list[Membership]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Membership(
            member_no=row["member_no"],
            name=row["name"],
            email=row["email"],
            plan=row["plan"],
            paid_through=date.fromisoformat(row["paid_through"]),
            frozen_until=date.fromisoformat(row["frozen_until"]) if row["frozen_until"] else None,
            status=row.get("status") or "active",
        )
        for row in rows
    ]
