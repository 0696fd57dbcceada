from __future__ import annotations

from datetime import datetime

import pytest

from spokes import db
from spokes.models import Base, Job, Rider, Zone


@pytest.fixture()
def session(tmp_path):
    db.configure(f"sqlite:///{tmp_path / 'spokes.db'}")
    engine = db.SessionLocal.kw["bind"]
    Base.metadata.create_all(engine)
    with db.session_scope() as s:
        canal = Zone(code="canal", name="Canal Quarter")
        hill = Zone(code="hill", name="Hilltop")
        s.add_all([canal, hill])
        s.flush()
        s.add_all(
            [
                Rider(callsign="kestrel", zone_id=canal.id, on_shift=True,
                      shift_started_at=datetime(2026, 5, 2, 7, 30), last_lat=51.4545, last_lon=-2.5879),
                Rider(callsign="wren", zone_id=canal.id, on_shift=True,
                      shift_started_at=datetime(2026, 5, 2, 8, 0), last_lat=51.4510, last_lon=-2.5960),
                Rider(callsign="heron", zone_id=hill.id, on_shift=False),
                Job(zone_id=canal.id, pickup_lat=51.4507, pickup_lon=-2.5971,
                    created_at=datetime(2026, 5, 2, 8, 5)),
                Job(zone_id=canal.id, pickup_lat=51.4590, pickup_lon=-2.5850,
                    created_at=datetime(2026, 5, 2, 8, 20)),
            ]
        )
    s = db.SessionLocal()
    try:
        yield s
    finally:
        s.rollback()
        s.close()
        engine.dispose()
