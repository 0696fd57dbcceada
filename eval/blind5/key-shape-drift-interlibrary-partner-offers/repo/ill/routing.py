"""Pick which partner library to ask first."""

from __future__ import annotations

from ill.types import LoanOffer, LoanRequest

# Libraries we have a reciprocal no-fee agreement with are preferred on ties.
RECIPROCAL = frozenset({"ASHBY", "STC"})


def _score(offer: LoanOffer, request: LoanRequest, max_fee: float) -> tuple[int, int, float, int]:
    late = max(0, offer["eta_days"] - request["needed_by_days"])
    over_budget = 1 if offer["fee"] > max_fee else 0
    reciprocal = 0 if offer["partner_code"] in RECIPROCAL else 1
    return (over_budget, late, offer["fee"], reciprocal)


def rank_offers(offers: list[LoanOffer], request: LoanRequest, max_fee: float) -> list[LoanOffer]:
    return sorted(offers, key=lambda offer: _score(offer, request, max_fee))


def pick_lender(offers: list[LoanOffer], request: LoanRequest, max_fee: float) -> LoanOffer | None:
    ranked = rank_offers(offers, request, max_fee)
    if not ranked or ranked[0]["fee"] > max_fee:
        return None
    return ranked[0]
