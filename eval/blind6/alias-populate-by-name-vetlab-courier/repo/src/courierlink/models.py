"""Payloads exchanged with the courier's booking API (camelCase on the wire)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class Temperature(str, Enum):
    AMBIENT = "ambient"
    CHILLED = "chilled"
    FROZEN = "frozen"


class CourierModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, str_strip_whitespace=True)


class Parcel(CourierModel):
    sample_id: str
    temperature: Temperature
    weight_grams: int = Field(gt=0)


class CourierPickup(CourierModel):
    consignment_ref: str
    clinic_code: str
    ready_from: datetime
    parcels: list[Parcel]


class ConsignmentStatus(CourierModel):
    consignment_ref: str
    status: str
    driver_eta: datetime | None = None
