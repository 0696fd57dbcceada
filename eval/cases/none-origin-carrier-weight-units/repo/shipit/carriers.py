from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from shipit.parcels import Address, Parcel


@dataclass(frozen=True)
class Label:
    carrier: str
    tracking_number: str
    price: Decimal
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    max_weight_kg: float
    base_price: Decimal
    price_per_kg: Decimal

    def price_for(self, parcel: Parcel) -> Decimal:
        kilos = Decimal(parcel.weight_g) / 1000
        return (self.base_price + self.price_per_kg * kilos).quantize(Decimal("0.01"))

    def create_label(self, parcel: Parcel, to: Address) -> Label:
        tracking = f"{self.code.upper()}{parcel.order_id.replace('-', '')}{parcel.weight_g:06d}"
        return Label(
            carrier=self.name,
            tracking_number=tracking,
            price=self.price_for(parcel),
            lines=(to.name, to.street, f"{to.postcode} {to.city}", to.country),
        )


CARRIERS: tuple[Carrier, ...] = (
    Carrier("post", "National Post", 2.0, Decimal("3.79"), Decimal("0.00")),
    Carrier("dhl", "DHL Paket", 31.5, Decimal("5.49"), Decimal("0.12")),
    Carrier("frt", "Freight Partner", 1000.0, Decimal("39.00"), Decimal("0.05")),
)


def pick_carrier(parcel: Parcel, carriers: tuple[Carrier, ...] = CARRIERS) -> Carrier | None:
    """Cheapest carrier that accepts the parcel's weight."""
    for carrier in sorted(carriers, key=lambda c: c.base_price):
        if parcel.weight_g <= carrier.max_weight_kg:
            return carrier
    return None
