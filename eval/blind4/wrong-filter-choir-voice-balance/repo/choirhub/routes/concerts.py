from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from choirhub.balance import voice_balance
from choirhub.database import get_session
from choirhub.repositories import ConcertRepository

router = APIRouter(prefix="/concerts")


def get_repo(session: AsyncSession = Depends(get_session)) -> ConcertRepository:
    return ConcertRepository(session)


@router.get("/{concert_id}/balance")
async def concert_balance(concert_id: int, repo: ConcertRepository = Depends(get_repo)):
    concert = await repo.get(concert_id)
    if concert is None:
        raise HTTPException(404, "concert not found")
    singers = await repo.confirmed_singers(concert_id)
    report = voice_balance(singers)
    return {"concert": concert.title, **asdict(report)}


@router.get("/singers/{singer_id}/calls")
async def singer_calls(singer_id: int, repo: ConcertRepository = Depends(get_repo)):
    calls = await repo.calls_for_singer(singer_id)
    return [{"concert_id": c.concert_id, "status": c.status.value} for c in calls]
