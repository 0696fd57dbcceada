"""Turn scans from the carrier's EDI feed into TrackingEvents."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from tracking.carrier_codes import SCAN_CODES
from tracking.schemas import TrackingEvent


def parse_scan(carrier: str, scan: dict[str, str]) -> TrackingEvent:
    occurred = datetime.strptime(scan["date"] + scan["time"], "%Y%m%d%H%M").replace(tzinfo=timezone.utc)
    return TrackingEvent(
        tracking_number=scan["awb"].strip(),
        carrier=carrier,
        status=SCAN_CODES[scan["code"]],
        occurred_at=occurred,
        location=scan.get("city") or None,
    )


def events_from_feed(carrier: str, scans: Iterable[dict[str, str]]) -> Iterator[TrackingEvent]:
    for scan in scans:
        if scan.get("code") in SCAN_CODES:
            yield parse_scan(carrier, scan)
