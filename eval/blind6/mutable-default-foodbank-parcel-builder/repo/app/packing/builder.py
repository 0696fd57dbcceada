from __future__ import annotations

from .stock import StockItem

MAX_PARCEL_KG = 16.0


class ParcelTooHeavy(Exception):
    pass


class ParcelBuilder:
    """Collects the items of one household's parcel before it goes to the packing bench."""

    def __init__(self, household_ref: str, items: list[StockItem] = []) -> None:
        self.household_ref = household_ref
        self.items = items

    def add(self, item: StockItem, quantity: int = 1) -> "ParcelBuilder":
        for _ in range(quantity):
            self.items.append(item)
        return self

    @property
    def weight_kg(self) -> float:
        return round(sum(item.weight_kg for item in self.items), 2)

    def finalize(self) -> dict:
        if self.weight_kg > MAX_PARCEL_KG:
            raise ParcelTooHeavy(
                f"parcel for {self.household_ref} weighs {self.weight_kg} kg "
                f"({len(self.items)} items), limit is {MAX_PARCEL_KG} kg"
            )
        skus: dict[str, int] = {}
        for item in self.items:
            skus[item.sku] = skus.get(item.sku, 0) + 1
        return {"household": self.household_ref, "weight_kg": self.weight_kg, "lines": skus}
