"""Wire models shared with the truck tablet app and the dashboard (camelCase JSON)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, frozen=True, str_strip_whitespace=True)


class WeighInRequest(ApiModel):
    route_id: str = Field(min_length=2, max_length=8)
    bin_id: str
    gross_kg: float = Field(gt=0)
    tare_kg: float = Field(ge=0)
    contamination: bool = False


class WeighReceipt(ApiModel):
    receipt_no: str
    depot_code: str
    route_id: str
    bin_id: str
    net_kg: float
    credited_kg: float
    recorded_at: datetime


class RouteTally(ApiModel):
    route_id: str
    bins: int
    credited_kg: float
