from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from shop.carts.repository import find_cart
from shop.carts.service import summarize
from shop.deps import db_session

router = APIRouter(prefix="/carts", tags=["carts"])


@router.get("/{token}")
async def show_cart(token: str, session: AsyncSession = Depends(db_session)) -> dict:
    cart = await find_cart(session, token)
    if cart is None:
        raise HTTPException(404, "cart not found")
    summary = summarize(cart)
    return {**asdict(summary), "total_cents": summary.total_cents}
