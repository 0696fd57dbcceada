from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from catalog_api.db import Catalog, get_catalog

router = APIRouter(prefix="/products", tags=["products"])


class ProductOut(BaseModel):
    sku: str
    name: str
    prices: dict[str, Decimal]


@router.get("/{sku}", response_model=ProductOut)
async def get_product(sku: str, catalog: Catalog = Depends(get_catalog)):
    product = await catalog.find(sku)
    if product is None:
        raise HTTPException(404, f"unknown sku {sku}")
    return product
