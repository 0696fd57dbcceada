from __future__ import annotations

import hashlib

from app.schemas import QuoteLine, QuoteOut, QuoteRequest
from app.tariffs import PROMOS, Tariff

PANEL_WP = 430
PANEL_PRICE = 210.0
INVERTER_PRICE = 1150.0
BATTERY_PRICE_PER_KWH = 520.0
SELF_USE_SHARE = 0.45

YIELD_BY_ORIENTATION = {"S": 980, "SE": 930, "SW": 930, "E": 820, "W": 820, "FLAT": 900}


def price_quote(req: QuoteRequest, tariff: Tariff, promo_code: str | None = None) -> QuoteOut:
    kwp = sum(r.panel_count for r in req.roofs) * PANEL_WP / 1000
    generation = sum(
        r.panel_count * PANEL_WP / 1000 * YIELD_BY_ORIENTATION[r.orientation] for r in req.roofs
    )
    self_use = min(generation * (SELF_USE_SHARE + 0.02 * req.battery_kwh), req.annual_usage_kwh)
    savings = self_use * tariff.import_rate + (generation - self_use) * tariff.export_rate

    lines = [
        QuoteLine(description=f"{sum(r.panel_count for r in req.roofs)} x {PANEL_WP} W panels",
                  amount=sum(r.panel_count for r in req.roofs) * PANEL_PRICE),
        QuoteLine(description="Hybrid inverter", amount=INVERTER_PRICE),
    ]
    if req.battery_kwh:
        lines.append(QuoteLine(description=f"{req.battery_kwh:g} kWh battery",
                               amount=req.battery_kwh * BATTERY_PRICE_PER_KWH))
    subtotal = sum(line.amount for line in lines)
    if promo_code and promo_code in PROMOS:
        lines.append(QuoteLine(description=f"Promotion {promo_code}",
                               amount=-round(subtotal * PROMOS[promo_code], 2)))

    digest = hashlib.sha1(f"{req.customer_email}|{req.postcode}".encode()).hexdigest()[:8]
    return QuoteOut(
        reference=f"SQ-{digest.upper()}",
        system_kwp=round(kwp, 2),
        annual_generation_kwh=round(generation),
        annual_savings=round(savings, 2),
        lines=lines,
        total=round(sum(line.amount for line in lines), 2),
    )
