from gateway.ratelimit.limiter import TokenBucketLimiter
from gateway.ratelimit.stores import BucketStore, MemoryBucketStore, SqliteBucketStore
from gateway.settings import GatewaySettings


def build_limiter(settings: GatewaySettings) -> TokenBucketLimiter:
    store: BucketStore
    if settings.rate_limit_backend == "sqlite":
        store = SqliteBucketStore(settings.rate_limit_sqlite_path, settings.rate_limit_capacity)
    else:
        store = MemoryBucketStore(settings.rate_limit_capacity)
    return TokenBucketLimiter(
        store,
        capacity=settings.rate_limit_capacity,
        refill_per_second=settings.rate_limit_refill_per_second,
    )


__all__ = ["TokenBucketLimiter", "build_limiter"]
