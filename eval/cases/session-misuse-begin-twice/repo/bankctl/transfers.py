from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bankctl.models import Account, Transfer


class TransferError(Exception):
    pass


def account_by_iban(session: Session, iban: str) -> Account:
    account = session.scalar(select(Account).where(Account.iban == iban.replace(" ", "")))
    if account is None:
        raise TransferError(f"no account with IBAN {iban}")
    return account


def transfer(session: Session, source_iban: str, target_iban: str, amount: Decimal) -> Transfer:
    """Move money between two accounts atomically."""
    if amount <= 0:
        raise TransferError("amount must be positive")
    source = account_by_iban(session, source_iban)
    target = account_by_iban(session, target_iban)
    with session.begin():
        if source.balance < amount:
            raise TransferError(f"insufficient funds on {source.iban}")
        source.balance -= amount
        target.balance += amount
        booking = Transfer(source_id=source.id, target_id=target.id, amount=amount)
        session.add(booking)
    return booking
