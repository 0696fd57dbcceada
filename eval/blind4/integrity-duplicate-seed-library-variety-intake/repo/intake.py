"""Record the packets donated at a seed swap, one CSV row per envelope."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from models import Donation
from varieties import VarietyRepository


@dataclass(frozen=True)
class DonationRow:
    donor: str
    variety: str
    crop: str
    packets: int


def read_rows(path: Path) -> list[DonationRow]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            DonationRow(r["donor"], r["variety"], r["crop"], int(r["packets"]))
            for r in csv.DictReader(fh)
            if r["variety"].strip()
        ]


def record_donations(session: Session, rows: list[DonationRow], received_on: date) -> list[Donation]:
    repo = VarietyRepository(session)
    donations: list[Donation] = []
    for row in rows:
        variety = repo.get_or_create(row.variety, row.crop)
        donation = Donation(variety_id=variety.id, donor=row.donor, packets=row.packets, received_on=received_on)
        session.add(donation)
        donations.append(donation)
    session.commit()
    return donations
