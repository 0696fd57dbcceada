from datetime import datetime

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from dashboard.db import session_dependency
from dashboard.repos import SalesRepo
from dashboard.services.stats import StoreStats
from dashboard.settings import Settings, get_settings

router = APIRouter(prefix="/stores", tags=["stats"])


def store_stats(
    session: AsyncSession = Depends(session_dependency),
    settings: Settings = Depends(get_settings),
) -> StoreStats:
    return StoreStats(SalesRepo(session), settings.stats_window_days)


@router.get("/{store_id}/stats")
async def get_store_stats(store_id: int, stats: StoreStats = Depends(store_stats)):
    summary = await stats.summary(store_id, datetime.now())
    return JSONResponse(summary, headers={"Cache-Control": "max-age=60"})
