"""A small fixed-window rate limiter usable as a FastAPI dependency.

    limiter = RateLimiter(limit=30, window_seconds=60)

    @router.get("/things", dependencies=[Depends(limiter)])
"""

from __future__ import annotations

import time
from collections import defaultdict

from fastapi import HTTPException, Request, status


class RateLimiter:
    def __init__(self, limit: int, window_seconds: int) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._hits: dict[tuple[str, int], int] = defaultdict(int)

    async def __call__(self, request: Request) -> None:
        client = request.client.host if request.client else "anonymous"
        window = int(time.monotonic() // self.window_seconds)
        key = (client, window)
        self._hits[key] += 1
        if self._hits[key] > self.limit:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                detail=f"rate limit of {self.limit} requests per {self.window_seconds}s exceeded",
            )
