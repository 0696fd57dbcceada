from datetime import datetime, timedelta

from awsfeed.models import Reading
from awsfeed.payload import build_batches, to_payload

T0 = datetime(2026, 11, 20, 6, 0)


def _series(station, n, variable="t_air", start=1.5):
    return [Reading(station, T0 + timedelta(minutes=10 * i), variable, start + i / 10) for i in range(n)]


def test_single_station_payload():
    batches = build_batches(_series("LUZ", 6))
    assert len(batches) == 1
    payload = to_payload(batches[0])
    assert payload["station"] == "LUZ"
    assert len(payload["observations"]) == 6
    assert payload["from"] == "2026-11-20T06:00:00"


def test_interleaved_stations_get_separate_batches():
    readings = []
    for a, b in zip(_series("BER", 3), _series("GVE", 3, start=7.0)):
        readings += [a, b]
    batches = build_batches(readings)
    payloads = [to_payload(b) for b in batches]
    assert [p["station"] for p in payloads] == ["BER", "GVE"]
    assert all(len(p["observations"]) == 3 for p in payloads)
