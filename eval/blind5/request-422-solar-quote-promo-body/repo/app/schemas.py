from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class RoofInput(BaseModel):
    orientation: Literal["S", "SE", "SW", "E", "W", "FLAT"]
    pitch_deg: float = Field(ge=0, le=70)
    panel_count: int = Field(gt=0, le=80)


class QuoteRequest(BaseModel):
    customer_email: str
    postcode: str
    tariff_code: str = "FLEX-24"
    annual_usage_kwh: float = Field(gt=0)
    roofs: list[RoofInput] = Field(min_length=1)
    battery_kwh: float = 0.0


class QuoteLine(BaseModel):
    description: str
    amount: float


class QuoteOut(BaseModel):
    reference: str
    system_kwp: float
    annual_generation_kwh: float
    annual_savings: float
    lines: list[QuoteLine]
    total: float
