from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from signup.models import Account


class EmailTaken(Exception):
    pass


async def register(db: AsyncSession, email: str, display_name: str, marketing_opt_in: bool) -> Account:
    email = email.strip().lower()
    if await db.scalar(select(Account.id).where(Account.email == email)) is not None:
        raise EmailTaken(email)
    account = Account(email=email, display_name=display_name, marketing_opt_in=marketing_opt_in)
    db.add(account)
    await db.commit()
    return account
