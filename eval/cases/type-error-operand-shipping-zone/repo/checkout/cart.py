from __future__ import annotations

from dataclasses import dataclass, field

from .pricing import shipping_cost, vat_rate, zone_for


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: float
    quantity: int
    weight_kg: float


@dataclass
class Cart:
    country: str
    business: bool = False
    lines: list[Line] = field(default_factory=list)

    def add(self, sku: str, unit_price: float, quantity: int = 1, weight_kg: float = 0.5) -> None:
        self.lines.append(Line(sku, unit_price, quantity, weight_kg))

    @property
    def subtotal(self) -> float:
        return round(sum(l.unit_price * l.quantity for l in self.lines), 2)

    @property
    def weight(self) -> float:
        return sum(l.weight_kg * l.quantity for l in self.lines)

    def totals(self) -> dict[str, float]:
        shipping = shipping_cost(self.weight, zone_for(self.country))
        net = self.subtotal + shipping
        vat = round(net * vat_rate(self.country, self.business), 2)
        return {"subtotal": self.subtotal, "shipping": shipping, "vat": vat, "total": round(net + vat, 2)}
