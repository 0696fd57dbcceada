from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class Booking:
    id: int
    dog_name: str
    breed: str
    size: str
    coat_type: str | None
    start: time
    groomer: str


def bookings_for(conn: sqlite3.Connection, day: date) -> list[Booking]:
    rows = conn.execute(
        """
        SELECT a.id, a.dog_name, a.start, a.groomer, b.name AS breed, b.size, b.coat_type
        FROM appointments AS a JOIN breeds AS b ON b.id = a.breed_id
        WHERE a.day = ?
        ORDER BY a.groomer, a.start
        """,
        (day.isoformat(),),
    )
    return [
        Booking(
            id=row["id"],
            dog_name=row["dog_name"],
            breed=row["breed"],
            size=row["size"],
            coat_type=row["coat_type"],
            start=datetime.strptime(row["start"], "%H:%M").time(),
            groomer=row["groomer"],
        )
        for row in rows
    ]
