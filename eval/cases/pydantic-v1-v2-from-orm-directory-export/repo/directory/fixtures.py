"""Create a small demo HR database: `python -m directory.fixtures sqlite:///hr.db`."""

from __future__ import annotations

import sys
from datetime import date

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from directory.orm import Base, Employee, Team


def build(db_url: str) -> None:
    engine = create_engine(db_url)
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        platform = Team(name="Platform")
        people = Team(name="People Ops")
        session.add_all([platform, people])
        session.flush()
        session.add_all(
            [
                Employee(first_name="Noor", last_name="Haddad", email="noor@corp.example", office="AMS-3",
                         extension="4411", start_date=date(2021, 3, 1), team_id=platform.id),
                Employee(first_name="Piotr", last_name="Zieliński", email="piotr@corp.example", office=None,
                         extension=None, start_date=date(2024, 9, 16), team_id=people.id),
            ]
        )


if __name__ == "__main__":
    build(sys.argv[1])
