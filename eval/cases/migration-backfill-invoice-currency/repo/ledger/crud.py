from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ledger.models import Invoice


async def get_invoice(db: AsyncSession, number: str) -> Invoice | None:
    return await db.scalar(select(Invoice).where(Invoice.number == number))


async def list_unpaid(db: AsyncSession, limit: int) -> Sequence[Invoice]:
    result = await db.scalars(
        select(Invoice).where(Invoice.paid.is_(False)).order_by(Invoice.due_on).limit(limit)
    )
    return result.all()


async def create_invoice(db: AsyncSession, invoice: Invoice) -> Invoice:
    db.add(invoice)
    await db.commit()
    return invoice
