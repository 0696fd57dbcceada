from __future__ import annotations

from dataclasses import dataclass

# Empty super with its frames, weighed before extraction.
SUPER_TARE_KG = 7.5


@dataclass(frozen=True)
class SuperRecord:
    super_id: str
    hive_id: str
    apiary: str
    floral_source: str
    gross_kg: float

    @property
    def honey_kg(self) -> float:
        return max(self.gross_kg - SUPER_TARE_KG, 0.0)


class HoneyBatch:
    """Honey extracted together and jarred under one lot number."""

    def __init__(self, lot: str, floral_source: str, supers: list[SuperRecord] = []) -> None:
        self.lot = lot
        self.floral_source = floral_source
        self.supers = supers

    def add_super(self, record: SuperRecord) -> None:
        if record.floral_source != self.floral_source:
            raise ValueError(f"{record.super_id} is {record.floral_source}, batch {self.lot} is {self.floral_source}")
        self.supers.append(record)

    @property
    def honey_kg(self) -> float:
        return round(sum(s.honey_kg for s in self.supers), 1)

    def __repr__(self) -> str:
        return f"HoneyBatch({self.lot!r}, {self.floral_source!r}, supers={len(self.supers)})"
