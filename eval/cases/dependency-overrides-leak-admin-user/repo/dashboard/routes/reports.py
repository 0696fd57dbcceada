from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends

from dashboard.auth import User, get_current_user, require_admin
from dashboard.metrics import revenue_by_plan, signups_last_week

router = APIRouter(prefix="/reports", tags=["reports"])


@router.get("/signups")
def signups(user: User = Depends(get_current_user)) -> list[dict[str, object]]:
    return signups_last_week(date(2026, 11, 20))


@router.get("/revenue")
def revenue(user: User = Depends(require_admin)) -> dict[str, int]:
    return revenue_by_plan()
