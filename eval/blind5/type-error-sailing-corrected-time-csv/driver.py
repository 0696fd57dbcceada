"""Enter one race's finishes, then download the results sheet as CSV."""

from datetime import date

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db import engine
from app.main import app
from app.models import Race, RaceResult

with TestClient(app) as client:
    with Session(engine) as session:
        race = Race(series="Autumn Pursuit", number=3, sailed_on=date(2024, 10, 6), course="Triangle, 3 laps")
        session.add(race)
        session.commit()
        session.add_all(
            [
                RaceResult(race_id=race.id, sail_number="GBR 1955", helm="M. Ferreira", boat_class="Solo",
                           py_number=1142, elapsed_seconds=3521, laps=3),
                RaceResult(race_id=race.id, sail_number="GBR 206", helm="K. Aldous", boat_class="Enterprise",
                           py_number=1122, elapsed_seconds=3405, laps=3),
                RaceResult(race_id=race.id, sail_number="GBR 7", helm="S. Wray", boat_class="Merlin Rocket",
                           py_number=980, elapsed_seconds=3110, laps=3),
            ]
        )
        session.commit()
        race_id = race.id

    print(client.get(f"/races/{race_id}/results").status_code)
    print(client.get(f"/races/{race_id}/results.csv").text)
