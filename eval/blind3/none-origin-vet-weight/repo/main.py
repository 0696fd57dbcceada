from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

import dosing
import visits_repo
from db import get_db

app = FastAPI(title="Riverside Vet Clinic")


class DoseOut(BaseModel):
    patient_id: int
    drug: str
    weight_kg: float
    dose_mg: float


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/patients/{patient_id}/dose", response_model=DoseOut)
def dose_for_patient(patient_id: int, drug: str, db: Session = Depends(get_db)) -> DoseOut:
    patient = visits_repo.get_patient(db, patient_id)
    if patient is None:
        raise HTTPException(status_code=404, detail="patient not found")
    try:
        quote = dosing.quote_dose(db, patient.id, drug, patient.species)
    except dosing.UnknownDrug as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return DoseOut(
        patient_id=quote.patient_id,
        drug=quote.drug,
        weight_kg=float(quote.weight_kg),
        dose_mg=float(quote.dose_mg),
    )
