"""Build courier pickups from the samples a clinic has booked in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from courierlink.models import CourierPickup, Parcel, Temperature

_STORAGE_TO_TEMPERATURE = {
    "room": Temperature.AMBIENT,
    "fridge": Temperature.CHILLED,
    "freezer": Temperature.FROZEN,
}


@dataclass(frozen=True)
class BookedSample:
    sample_id: str
    storage: str
    tube_count: int


def consignment_ref(clinic_code: str, ready_from: datetime) -> str:
    return f"VL-{clinic_code}-{ready_from:%Y%m%d%H%M}"


def parcel_for(sample: BookedSample) -> Parcel:
    return Parcel.model_validate(
        {
            "sampleId": sample.sample_id,
            "temperature": _STORAGE_TO_TEMPERATURE[sample.storage],
            "weightGrams": 35 * sample.tube_count,
        }
    )


def build_pickup(clinic_code: str, ready_from: datetime, samples: list[BookedSample]) -> CourierPickup:
    return CourierPickup(
        consignment_ref=consignment_ref(clinic_code, ready_from),
        clinic_code=clinic_code,
        ready_from=ready_from,
        parcels=[parcel_for(s) for s in samples],
    )


def booking_payload(pickup: CourierPickup) -> dict:
    return pickup.model_dump(mode="json", by_alias=True)
