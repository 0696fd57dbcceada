from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from reports_worker.models import ReportRequest


class ReportQueue:
    def __init__(self, session: AsyncSession, batch_size: int) -> None:
        self.session = session
        self.batch_size = batch_size

    async def pending(self) -> Sequence[ReportRequest]:
        stmt = (
            select(ReportRequest)
            .where(ReportRequest.state == "queued")
            .order_by(ReportRequest.requested_at)
            .limit(self.batch_size)
        )
        return self.session.execute(stmt).scalars().all()

    async def finish(self, request: ReportRequest, output: str) -> None:
        request.state = "done"
        request.output = output
        request.finished_at = datetime.now()
        await self.session.commit()
