from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Permit
from app.services.fees import FeeCalculator, FeeQuote


class PermitNotFound(Exception):
    pass


class InvalidTransition(Exception):
    pass


@dataclass
class ApprovalResult:
    permit: Permit
    fee: FeeQuote


class PermitService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.fees = FeeCalculator(session)

    async def approve(self, permit_id: int) -> ApprovalResult:
        permit = await self.session.get(Permit, permit_id)
        if permit is None:
            raise PermitNotFound(permit_id)
        if permit.status != "submitted":
            raise InvalidTransition(f"permit {permit_id} is {permit.status}")
        fee = self.fees.quote(permit)
        permit.status = "approved"
        permit.approved_at = datetime.now(timezone.utc).replace(tzinfo=None)
        await self.session.commit()
        return ApprovalResult(permit=permit, fee=fee)
