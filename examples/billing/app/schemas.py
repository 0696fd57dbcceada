from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    email: str = Field(max_length=320)
    full_name: str = Field(min_length=1, max_length=200)
    plan: str = "free"
    stripe_customer_id: str | None = None


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    full_name: str
    plan: str
    created_at: datetime


class InvoiceLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: str
    amount_cents: int
    status: str


class BillingSummaryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: int
    plan: str
    customer_id: str | None
    portal_url: str | None
    currency: str
    outstanding_cents: int
    invoices: list[InvoiceLineOut]
