from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypedDict


@dataclass(frozen=True)
class Member:
    card_number: str
    full_name: str
    email: str | None = None
    is_junior: bool = False


@dataclass(frozen=True)
class Loan:
    barcode: str
    title: str
    member: Member
    due_on: date
    returned_on: date | None = None
    media: str = "book"


class OverdueRow(TypedDict):
    card_number: str
    member_name: str
    barcode: str
    title: str
    media: str
    due_on: date
    days_overdue: int
    is_junior: bool
