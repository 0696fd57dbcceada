from datetime import datetime, timezone

import pytest

from wxarchive.archive import Archive
from wxarchive.calibration import CalibrationTable
from wxarchive.records import Calibration

EXPORT = """\
# Hollow Hill logger export v3
2026-11-20T06:00:00Z,T-MAST,TEMP,412
2026-11-20T06:00:00Z,H-MAST,HUM,88
2026-11-20T06:00:00Z,P-HUT,BARO,101342
2026-11-20T06:10:00Z,T-MAST,TEMP,398
2026-11-20T06:10:00Z,P-HUT,BARO,101338
"""


@pytest.fixture
def archive() -> Archive:
    cals = CalibrationTable(
        [
            Calibration("T-MAST", -0.15, datetime(2026, 3, 1, tzinfo=timezone.utc)),
            Calibration("P-HUT", 0.4, datetime(2026, 9, 14, tzinfo=timezone.utc)),
        ]
    )
    return Archive(cals)


def test_temperature_is_calibrated(archive: Archive) -> None:
    archive.ingest_export(EXPORT.splitlines()[0] + "\n" + EXPORT.splitlines()[1] + "\n")
    latest = archive.latest("T-MAST")
    assert latest is not None
    assert latest.value == pytest.approx(3.97)


def test_full_export_is_archived(archive: Archive) -> None:
    assert archive.ingest_export(EXPORT) == 5
    pressure = archive.latest("P-HUT")
    assert pressure is not None
    assert pressure.unit == "hPa"
    assert 1013.0 < pressure.value < 1014.5
