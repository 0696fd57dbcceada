from __future__ import annotations

import asyncio
from datetime import date, timedelta

from fastapi import Depends, FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from dashboard import metrics
from dashboard.db import session_dep

app = FastAPI(title="kpi-dashboard")


@app.get("/kpis")
async def kpis(days: int = 30, session: AsyncSession = Depends(session_dep)) -> dict:
    since = date.today() - timedelta(days=days)
    signups, revenue, mix = await asyncio.gather(
        metrics.signups_since(session, since),
        metrics.revenue_since(session, since),
        metrics.plan_mix(session, since),
    )
    return {"since": since.isoformat(), "signups": signups, "revenue": str(revenue), "plans": mix}
