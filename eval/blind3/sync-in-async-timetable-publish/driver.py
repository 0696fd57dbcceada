"""Seed a week of lessons and publish it through the API (server errors re-raised)."""

from datetime import time

from fastapi.testclient import TestClient
from sqlmodel import Session

from timetabler.api import app
from timetabler.db import engine
from timetabler.models import Lesson

with TestClient(app, raise_server_exceptions=True) as client:
    with Session(engine) as session:
        session.add_all(
            [
                Lesson(week=37, weekday=1, starts_at=time(8, 50), form_group="9B", subject="Maths",
                       teacher="Ms Okafor", room="M4"),
                Lesson(week=37, weekday=1, starts_at=time(9, 50), form_group="9B", subject="Chemistry",
                       teacher="Mr Lindqvist", room="S2"),
                Lesson(week=37, weekday=2, starts_at=time(8, 50), form_group="10A", subject="History",
                       teacher="Mrs Patel", room="H1"),
            ]
        )
        session.commit()
    print(client.get("/weeks/37/groups/9B").status_code)
    client.post("/weeks/37/publish")
