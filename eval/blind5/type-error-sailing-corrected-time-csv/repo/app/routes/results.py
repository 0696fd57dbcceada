from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import PlainTextResponse
from sqlmodel import Session, select

from app.db import get_session
from app.exports import race_csv
from app.models import Race, RaceResult

router = APIRouter(prefix="/races", tags=["results"])


@router.get("/{race_id}/results")
def race_results(race_id: int, session: Session = Depends(get_session)) -> list[RaceResult]:
    return list(session.exec(select(RaceResult).where(RaceResult.race_id == race_id)))


@router.get("/{race_id}/results.csv", response_class=PlainTextResponse)
def race_results_csv(race_id: int, session: Session = Depends(get_session)) -> str:
    race = session.get(Race, race_id)
    if race is None:
        raise HTTPException(status_code=404, detail="race not found")
    results = session.exec(select(RaceResult).where(RaceResult.race_id == race_id)).all()
    return race_csv(race, results)
