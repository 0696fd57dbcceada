from datetime import date

from sqlmodel import Field, SQLModel


class Race(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    series: str = Field(index=True)
    number: int
    sailed_on: date
    course: str = ""


class RaceResult(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    race_id: int = Field(foreign_key="race.id", index=True)
    sail_number: str
    helm: str
    boat_class: str
    py_number: int
    elapsed_seconds: int
    laps: int = 1
