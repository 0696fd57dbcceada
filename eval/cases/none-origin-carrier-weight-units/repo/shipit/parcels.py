from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Address:
    name: str
    street: str
    postcode: str
    city: str
    country: str


@dataclass(frozen=True)
class Parcel:
    order_id: str
    weight_g: int
    length_cm: int
    width_cm: int
    height_cm: int

    @property
    def volume_cm3(self) -> int:
        return self.length_cm * self.width_cm * self.height_cm


PACKAGING_WEIGHT_G = 180


def parcel_for_order(order: dict[str, Any]) -> Parcel:
    weight = sum(item["weight_g"] * item["quantity"] for item in order["items"])
    box = order.get("box", {"length_cm": 40, "width_cm": 30, "height_cm": 20})
    return Parcel(
        order_id=order["id"],
        weight_g=weight + PACKAGING_WEIGHT_G,
        length_cm=box["length_cm"],
        width_cm=box["width_cm"],
        height_cm=box["height_cm"],
    )


def address_for_order(order: dict[str, Any]) -> Address:
    return Address(**order["ship_to"])
