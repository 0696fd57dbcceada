"""Shapes shared by the request, partner and routing modules."""

from __future__ import annotations

from typing import TypedDict


class Partner(TypedDict):
    code: str
    name: str
    courier_days: int
    lends_new_titles: bool


class Holding(TypedDict):
    isbn: str
    call_number: str
    status: str
    loan_period: int
    fee: float


class LoanOffer(TypedDict):
    partner_code: str
    partner_name: str
    isbn: str
    call_number: str
    loan_days: int
    fee: float
    eta_days: int


class LoanRequest(TypedDict):
    id: int
    patron: str
    isbn: str
    title: str
    needed_by_days: int
