"""When is a colony due for its next inspection?"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from beeyard.models import Hive, Inspection, OverdueHive

# Days between routine inspections, by season (northern hemisphere).
INTERVAL_DAYS = {"spring": 7, "summer": 9, "autumn": 14, "winter": 35}


def season_of(day: date) -> str:
    if day.month in (3, 4, 5):
        return "spring"
    if day.month in (6, 7, 8):
        return "summer"
    if day.month in (9, 10, 11):
        return "autumn"
    return "winter"


def last_inspection(session: Session, hive: Hive) -> Inspection | None:
    stmt = (
        select(Inspection)
        .where(Inspection.hive_id == hive.id)
        .order_by(col(Inspection.inspected_at).desc())
        .limit(1)
    )
    return session.exec(stmt).first()


def days_since(inspection: Inspection, today: date) -> int:
    return (today - inspection.inspected_at).days


def overdue_hives(session: Session, today: date) -> list[OverdueHive]:
    interval = INTERVAL_DAYS[season_of(today)]
    overdue: list[OverdueHive] = []
    for hive in session.exec(select(Hive).order_by(Hive.tag)):
        last = last_inspection(session, hive)
        if last is None:
            continue
        waited = days_since(last, today)
        if waited > interval:
            overdue.append(
                OverdueHive(tag=hive.tag, apiary=hive.apiary, days_since_inspection=waited, interval_days=interval)
            )
    return overdue
