from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session as OrmSession

from vetclinic.db import Session
from vetclinic.models import Pet
from vetclinic.vaccines import next_due_date

app = FastAPI(title="Vet clinic records")


def db() -> Iterator[OrmSession]:
    with Session() as session:
        yield session


@app.get("/pets/{pet_id}/boosters")
def boosters(pet_id: int, session: OrmSession = Depends(db)) -> dict[str, date]:
    pet = session.get(Pet, pet_id)
    if pet is None:
        raise HTTPException(404, "no such pet")
    latest = {shot.vaccine: shot.given_on for shot in pet.vaccinations}
    return {
        vaccine: next_due_date(species=pet.species, vaccine=vaccine, last_given=given_on)
        for vaccine, given_on in latest.items()
    }
