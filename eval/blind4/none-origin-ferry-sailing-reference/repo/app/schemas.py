from __future__ import annotations

from pydantic import BaseModel, Field


class VehicleBookingIn(BaseModel):
    registration: str = Field(min_length=2, max_length=16)
    vehicle_type: str = Field(pattern="^(car|van|motorhome|motorcycle|trailer)$")
    length_m: float = Field(gt=0, le=18.75)


class VehicleBookingOut(BaseModel):
    id: int
    sailing_reference: str
    registration: str
    vehicle_type: str
    length_m: float
    lane_metres_left: float
