from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException

from catalog_api.db import Catalog, get_catalog
from catalog_api.routes.products import ProductOut

router = APIRouter(prefix="/products/{sku}/prices", tags=["prices"])

SUPPORTED_CURRENCIES = {"EUR", "USD", "GBP"}


@router.put("", response_model=ProductOut)
async def update_price(
    sku: str,
    currency: str,
    amount: Decimal,
    catalog: Catalog = Depends(get_catalog),
):
    """Set the list price of a product in one currency."""
    if currency not in SUPPORTED_CURRENCIES:
        raise HTTPException(400, f"unsupported currency {currency}")
    product = await catalog.find(sku)
    if product is None:
        raise HTTPException(404, f"unknown sku {sku}")
    return await catalog.set_price(product, currency, amount)
