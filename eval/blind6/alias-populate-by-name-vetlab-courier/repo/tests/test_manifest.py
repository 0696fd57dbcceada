from datetime import datetime

from courierlink.manifest import BookedSample, booking_payload, build_pickup, parcel_for
from courierlink.models import ConsignmentStatus, Temperature


def test_parcel_temperature_from_storage():
    parcel = parcel_for(BookedSample("VS-24-01190", "fridge", 2))
    assert parcel.temperature is Temperature.CHILLED
    assert parcel.weight_grams == 70


def test_status_parses_courier_response():
    status = ConsignmentStatus.model_validate(
        {"consignmentRef": "VL-HBV-202405021300", "status": "collected", "driverEta": None}
    )
    assert status.status == "collected"


def test_booking_payload_is_camel_case():
    pickup = build_pickup(
        "HBV",
        datetime(2024, 5, 2, 13, 0),
        [BookedSample("VS-24-01190", "fridge", 2), BookedSample("VS-24-01191", "room", 1)],
    )
    payload = booking_payload(pickup)
    assert payload["consignmentRef"] == "VL-HBV-202405021300"
    assert [p["sampleId"] for p in payload["parcels"]] == ["VS-24-01190", "VS-24-01191"]
