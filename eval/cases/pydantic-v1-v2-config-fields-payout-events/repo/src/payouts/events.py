"""Payout events as sent by the payment service provider (camelCase JSON)."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, validator


class PayoutEventType(str, Enum):
    CREATED = "payout.created"
    PAID = "payout.paid"
    FAILED = "payout.failed"


class PayoutEvent(BaseModel):
    event_id: str
    merchant_id: str
    type: PayoutEventType
    amount_cents: int
    currency: str

    class Config:
        fields = {
            "event_id": "eventId",
            "merchant_id": "merchantId",
            "amount_cents": "amountCents",
        }
        allow_population_by_field_name = True
        anystr_strip_whitespace = True

    @validator("currency")
    def upper_currency(cls, value: str) -> str:
        return value.upper()
