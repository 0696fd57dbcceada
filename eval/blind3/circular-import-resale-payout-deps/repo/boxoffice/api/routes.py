from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from boxoffice.api.deps import current_seller, payout_ready_seller
from boxoffice.db import Seller
from boxoffice.services.payouts import PayoutService, get_payout_service

router = APIRouter(prefix="/me")


@router.get("/payouts/pending")
def pending_payouts(
    seller: Annotated[Seller, Depends(current_seller)],
    service: Annotated[PayoutService, Depends(get_payout_service)],
):
    summary = service.pending(seller.id)
    return {"gross": str(summary.gross), "fee": str(summary.fee), "net": str(summary.net)}


@router.get("/listing-eligibility")
def listing_eligibility(seller: Annotated[Seller, Depends(payout_ready_seller)]):
    return {"seller_id": seller.id, "eligible": True}
