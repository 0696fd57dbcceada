from __future__ import annotations

from datetime import datetime, timezone

from fastapi import HTTPException

from repository import WeighInRepository
from schemas import WeighInRequest, WeighReceipt
from settings import Settings


def record_weigh_in(req: WeighInRequest, repo: WeighInRepository, settings: Settings) -> WeighReceipt:
    net = round(req.gross_kg - req.tare_kg, 1)
    if net < 0 or net > settings.max_bin_net_kg:
        raise HTTPException(status_code=422, detail=f"implausible net weight {net} kg")
    credited = settings.contamination_credit * net if req.contamination else net

    receipt = WeighReceipt(
        receipt_no=repo.next_receipt_no(settings.depot_code, req.route_id),
        depot_code=settings.depot_code,
        route_id=req.route_id,
        bin_id=req.bin_id,
        net_kg=net,
        credited_kg=round(credited, 1),
        recorded_at=datetime.now(timezone.utc),
    )
    repo.save(receipt)
    return receipt
