import time

from gateway.ratelimit.stores import BucketStore


class TokenBucketLimiter:
    def __init__(self, store: BucketStore, *, capacity: int, refill_per_second: float) -> None:
        self.store = store
        self.capacity = capacity
        self.refill_per_second = refill_per_second

    async def allow(self, key: str, cost: float = 1.0) -> bool:
        bucket = await self.store.load(key)
        now = time.monotonic()
        elapsed = max(now - bucket["updated"], 0.0)
        tokens = min(self.capacity, bucket["tokens"] + elapsed * self.refill_per_second)
        allowed = tokens >= cost
        if allowed:
            tokens -= cost
        await self.store.save(key, {"tokens": tokens, "updated": now})
        return allowed
