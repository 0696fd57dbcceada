from __future__ import annotations

from pydantic import BaseModel, Field

from quotes.pricebook import unit_price


class LineRequest(BaseModel):
    service_id: int
    quantity: int = Field(gt=0)


class Estimate(BaseModel):
    lines: list[dict]
    total: float


def estimate(lines: list[LineRequest]) -> Estimate:
    out = []
    total = 0.0
    for line in lines:
        amount = unit_price(line.service_id) * line.quantity
        out.append({"service_id": line.service_id, "quantity": line.quantity, "amount": round(amount, 2)})
        total += amount
    return Estimate(lines=out, total=round(total, 2))
