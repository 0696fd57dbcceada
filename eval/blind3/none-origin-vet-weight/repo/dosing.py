"""Dose calculation for the in-house pharmacy."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

import visits_repo

# mg per kg of body weight, per species
DOSE_TABLE: dict[str, dict[str, Decimal]] = {
    "meloxicam": {"dog": Decimal("0.1"), "cat": Decimal("0.05")},
    "amoxicillin": {"dog": Decimal("10"), "cat": Decimal("10"), "rabbit": Decimal("7")},
}


class UnknownDrug(LookupError):
    pass


@dataclass(frozen=True)
class DoseQuote:
    patient_id: int
    drug: str
    weight_kg: Decimal
    dose_mg: Decimal


def quote_dose(db: Session, patient_id: int, drug: str, species: str) -> DoseQuote:
    per_species = DOSE_TABLE.get(drug)
    if per_species is None or species not in per_species:
        raise UnknownDrug(f"no dosing rule for {drug} in {species}")
    visit = visits_repo.last_completed_visit(db, patient_id)
    weight = Decimal(visit.weight_kg)
    dose = (per_species[species] * weight).quantize(Decimal("0.01"))
    return DoseQuote(patient_id=patient_id, drug=drug, weight_kg=weight, dose_mg=dose)
