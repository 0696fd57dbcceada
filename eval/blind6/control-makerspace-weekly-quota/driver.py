"""Seed a member with two bookings and ask for their weekly quota."""

from datetime import datetime, timezone

from fastapi.testclient import TestClient
from sqlmodel import Session

from database import engine, init_db
from main import app
from models import Member, ToolBooking

init_db()
with Session(engine) as session:
    session.add(Member(id=4, name="Priya", weekly_quota_hours=8.0))
    session.add(ToolBooking(member_id=4, tool="lathe",
                            starts_at=datetime(2026, 6, 9, 18, 0, tzinfo=timezone.utc), ends_at=datetime(2026, 6, 9, 20, 0, tzinfo=timezone.utc)))
    session.add(ToolBooking(member_id=4, tool="laser-cutter",
                            starts_at=datetime(2026, 6, 11, 19, 0, tzinfo=timezone.utc), ends_at=datetime(2026, 6, 11, 20, 30, tzinfo=timezone.utc)))
    session.commit()

with TestClient(app, raise_server_exceptions=True) as client:
    response = client.get("/members/4/quota", params={"day": "2026-06-10"})
    print(response.status_code, response.json())
