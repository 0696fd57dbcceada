"""Create the schema and load a small demo timetable."""

from __future__ import annotations

from datetime import datetime

from app.db import SessionLocal, engine
from app.models import Base, Sailing, VehicleBooking


def main() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        morning = Sailing(
            reference="HBX-0715",
            route="harbour-island",
            vessel="MV Gull",
            departs_at=datetime(2026, 6, 1, 7, 15),
            vehicle_deck_m=120.0,
        )
        noon = Sailing(
            reference="HBX-1230",
            route="harbour-island",
            vessel="MV Gull",
            departs_at=datetime(2026, 6, 1, 12, 30),
            vehicle_deck_m=120.0,
        )
        session.add_all([morning, noon])
        session.add(
            VehicleBooking(sailing=morning, registration="KT21ABC", vehicle_type="car", length_m=4.4)
        )
        session.commit()
    print("seeded 2 sailings")


if __name__ == "__main__":
    main()
