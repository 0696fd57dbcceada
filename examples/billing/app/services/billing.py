from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Invoice
from app.repositories.invoices import InvoiceRepository
from app.repositories.users import UserRepository
from app.settings import Settings


@dataclass(frozen=True)
class InvoiceLine:
    number: str
    amount_cents: int
    status: str


@dataclass(frozen=True)
class BillingSummary:
    user_id: int
    plan: str
    customer_id: str | None
    portal_url: str | None
    currency: str
    outstanding_cents: int
    invoices: list[InvoiceLine] = field(default_factory=list)


class BillingService:
    """Builds what the account page shows under "Billing"."""

    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.users = UserRepository(session)
        self.invoices = InvoiceRepository(session)
        self.settings = settings

    async def summary(self, user_id: int) -> BillingSummary:
        user = await self.users.get(user_id)
        customer_id = user.stripe_customer_id
        invoices = await self.invoices.recent_for_user(
            user_id, limit=self.settings.recent_invoice_limit
        )
        return BillingSummary(
            user_id=user_id,
            plan=user.plan,
            customer_id=customer_id,
            portal_url=self._portal_url(customer_id),
            currency=self.settings.default_currency,
            outstanding_cents=_outstanding(invoices),
            invoices=[InvoiceLine(i.number, i.amount_cents, i.status) for i in invoices],
        )

    def _portal_url(self, customer_id: str | None) -> str | None:
        if not customer_id:
            return None
        return f"{self.settings.portal_base_url}/{quote(customer_id)}"


def _outstanding(invoices: Sequence[Invoice]) -> int:
    return sum(i.amount_cents for i in invoices if i.status == "open")
