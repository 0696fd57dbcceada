from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.services.permits import InvalidTransition, PermitNotFound, PermitService

router = APIRouter(prefix="/permits")


@router.post("/{permit_id}/approve")
async def approve_permit(permit_id: int, session: AsyncSession = Depends(get_session)) -> dict[str, str | int]:
    service = PermitService(session)
    try:
        result = await service.approve(permit_id)
    except PermitNotFound:
        raise HTTPException(status_code=404, detail="permit not found")
    except InvalidTransition as exc:
        raise HTTPException(status_code=409, detail=str(exc))
    return {
        "permit_id": result.permit.id,
        "status": result.permit.status,
        "fee_due": str(result.fee.total),
    }
