"""Turn partner holdings into loan offers for a request."""

from __future__ import annotations

from pathlib import Path

from ill.partners import PARTNERS, holdings_for, lendable
from ill.types import Holding, LoanOffer, LoanRequest, Partner


def offer_from_holding(partner: Partner, holding: Holding) -> LoanOffer:
    return {
        "partner": {"code": partner["code"], "name": partner["name"]},
        "isbn": holding["isbn"],
        "call_number": holding["call_number"],
        "loan_days": holding["loan_period"],
        "fee": float(holding["fee"]),
        "eta_days": partner["courier_days"],
    }


def collect_offers(data_dir: Path, request: LoanRequest) -> list[LoanOffer]:
    offers: list[LoanOffer] = []
    for partner in PARTNERS.values():
        for holding in holdings_for(data_dir, partner["code"], request["isbn"]):
            if lendable(holding):
                offers.append(offer_from_holding(partner, holding))
    return offers
