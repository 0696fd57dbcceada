from decimal import ROUND_HALF_EVEN, Decimal

from pydantic import BaseModel

from fxapi.cache import RateCache


class Conversion(BaseModel):
    amount: Decimal
    source: str
    target: str
    rate: float
    result: Decimal


async def convert(cache: RateCache, amount: Decimal, source: str, target: str) -> Conversion:
    rate = await cache.get_rate(source, target)
    result = (amount * Decimal(str(rate.value))).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
    return Conversion(amount=amount, source=source, target=target, rate=rate.value, result=result)
