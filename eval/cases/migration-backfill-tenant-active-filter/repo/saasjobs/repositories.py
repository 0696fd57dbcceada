from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from saasjobs.models import Tenant, UsageEvent


class TenantRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_active(self) -> Sequence[Tenant]:
        stmt = select(Tenant).where(Tenant.is_active.is_(True)).order_by(Tenant.slug)
        return self.session.scalars(stmt).all()

    def deactivate(self, slug: str) -> None:
        tenant = self.session.scalars(select(Tenant).where(Tenant.slug == slug)).one()
        tenant.is_active = False


class UsageRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def between(self, start: datetime, end: datetime) -> Sequence[UsageEvent]:
        stmt = (
            select(UsageEvent)
            .where(UsageEvent.occurred_at >= start, UsageEvent.occurred_at < end)
            .order_by(UsageEvent.occurred_at)
        )
        return self.session.scalars(stmt).all()
