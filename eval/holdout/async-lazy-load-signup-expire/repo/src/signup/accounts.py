from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from signup.models import Account
from signup.passwords import hash_password


class EmailTaken(Exception):
    pass


async def register(session: AsyncSession, email: str, password: str, display_name: str) -> Account:
    email = email.strip().lower()
    if await session.scalar(select(Account.id).where(Account.email == email)):
        raise EmailTaken(email)
    account = Account(email=email, password_hash=hash_password(password), display_name=display_name)
    session.add(account)
    await session.commit()
    return account
