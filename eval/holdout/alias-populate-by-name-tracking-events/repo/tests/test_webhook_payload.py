from tracking.schemas import Status, TrackingEvent


def test_webhook_payload_is_camel_case():
    event = TrackingEvent.model_validate({
        "trackingNumber": "1Z999AA10123456784", "carrier": "ups",
        "status": "in_transit", "occurredAt": "2024-06-03T08:15:00Z",
    })
    assert event.status is Status.IN_TRANSIT
    assert event.model_dump(by_alias=True)["trackingNumber"] == "1Z999AA10123456784"
