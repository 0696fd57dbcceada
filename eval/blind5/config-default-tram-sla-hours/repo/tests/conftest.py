from __future__ import annotations

from datetime import datetime, timezone

import pytest

from faultline.models import FaultTicket, Severity, Stop
from faultline.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None)


@pytest.fixture
def central_stop() -> Stop:
    return Stop(code="CEN", name="Central Square", lines=("1", "4", "7"))


@pytest.fixture
def make_ticket(central_stop: Stop):
    def _make(description: str, severity: Severity = Severity.LOW, hour: int = 14) -> FaultTicket:
        return FaultTicket(
            stop=central_stop,
            severity=severity,
            description=description,
            reported_by="driver-2231",
            reported_at=datetime(2026, 11, 20, hour, 10, tzinfo=timezone.utc),
        )

    return _make
