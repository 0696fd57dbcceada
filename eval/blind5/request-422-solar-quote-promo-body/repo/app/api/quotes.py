from __future__ import annotations

from fastapi import APIRouter, Body, HTTPException

from app.pricing import price_quote
from app.schemas import QuoteOut, QuoteRequest
from app.tariffs import TARIFFS, get_tariff

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.post("", response_model=QuoteOut, status_code=201)
def create_quote(
    request: QuoteRequest,
    promo_code: str | None = Body(default=None),
) -> QuoteOut:
    tariff = get_tariff(request.tariff_code)
    if tariff is None:
        raise HTTPException(
            status_code=400,
            detail=f"unknown tariff {request.tariff_code!r}; choose one of {sorted(TARIFFS)}",
        )
    return price_quote(request, tariff, promo_code)


@router.get("/tariffs")
def list_tariffs() -> list[dict[str, object]]:
    return [
        {"code": t.code, "import_rate": t.import_rate, "export_rate": t.export_rate}
        for t in TARIFFS.values()
    ]
