"""Nightly booster reminder job."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vetclinic.models import Pet
from vetclinic.vaccines import next_due_date

log = logging.getLogger(__name__)

REMIND_AHEAD = timedelta(days=30)


@dataclass(frozen=True)
class Reminder:
    owner_email: str
    pet_name: str
    vaccine: str
    due: date


def due_reminders(session: Session, today: date) -> list[Reminder]:
    pets = session.scalars(select(Pet).options(selectinload(Pet.vaccinations))).all()
    reminders: list[Reminder] = []
    for pet in pets:
        latest: dict[str, date] = {}
        for shot in pet.vaccinations:
            latest[shot.vaccine] = shot.given_on
        for vaccine, given_on in latest.items():
            due = next_due_date(vaccine, given_on, pet.species)
            if today <= due <= today + REMIND_AHEAD:
                reminders.append(Reminder(pet.owner_email, pet.name, vaccine, due))
    log.info("%d reminder(s) due in the next %d days", len(reminders), REMIND_AHEAD.days)
    return reminders
