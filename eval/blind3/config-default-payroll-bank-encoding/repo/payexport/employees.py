from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Payment:
    personnel_no: str
    name: str
    iban: str
    bic: str
    net_amount: Decimal


def load_payments(path: Path) -> list[Payment]:
    """Read the net-pay run exported by the HR system (UTF-8, semicolon separated)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    return [
        Payment(
            personnel_no=row["pers_no"],
            name=f"{row['first_name']} {row['last_name']}".strip(),
            iban=row["iban"].replace(" ", "").upper(),
            bic=row["bic"].strip().upper(),
            net_amount=Decimal(row["net"].replace(",", ".")),
        )
        for row in rows
        if row["net"].strip() not in ("", "0", "0,00")
    ]
