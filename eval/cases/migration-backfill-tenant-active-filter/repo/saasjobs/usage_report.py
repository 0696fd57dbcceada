"""Monthly usage report: what each tenant used and what it costs."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from saasjobs.repositories import TenantRepository, UsageRepository
from saasjobs.settings import settings

PRICES = {
    "api_calls": settings.price_per_api_call,
    "storage_gb": settings.price_per_gb_stored,
}


@dataclass
class TenantUsage:
    slug: str
    name: str
    plan: str
    quantities: dict[str, float]

    @property
    def amount(self) -> float:
        return round(sum(PRICES[m] * q for m, q in self.quantities.items()), 2)


def month_bounds(month: str) -> tuple[datetime, datetime]:
    start = datetime.strptime(month, "%Y-%m")
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    return start, end


def build_usage_report(session: Session, month: str) -> list[TenantUsage]:
    tenants = {t.slug: t for t in TenantRepository(session).list_active()}
    report: dict[str, TenantUsage] = {}
    start, end = month_bounds(month)
    for event in UsageRepository(session).between(start, end):
        tenant = tenants[event.tenant_slug]
        usage = report.setdefault(
            tenant.slug, TenantUsage(tenant.slug, tenant.name, tenant.plan, defaultdict(float))
        )
        usage.quantities[event.metric] += event.quantity
    return sorted(report.values(), key=lambda u: u.slug)
