from contextlib import asynccontextmanager
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .db import Base, Session, engine, session_dep
from .models import Coupon


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as session:
        session.add(Coupon(code="WELCOME10", percent_off=10))
        await session.commit()
    yield


app = FastAPI(lifespan=lifespan)


class Redemption(BaseModel):
    code: str
    percent_off: int
    remaining: int


@app.post("/coupons/{code}/redeem", response_model=Redemption)
async def redeem(code: str, session: AsyncSession = Depends(session_dep)) -> Redemption:
    result = await session.execute(select(Coupon).where(Coupon.code == code.upper()))
    coupon = result.scalar_one()
    if coupon.expires_on and coupon.expires_on < date.today():
        raise HTTPException(status_code=410, detail="coupon expired")
    if coupon.redeemed >= coupon.max_redemptions:
        raise HTTPException(status_code=409, detail="coupon used up")
    coupon.redeemed += 1
    await session.commit()
    return Redemption(code=coupon.code, percent_off=coupon.percent_off,
                      remaining=coupon.max_redemptions - coupon.redeemed)
