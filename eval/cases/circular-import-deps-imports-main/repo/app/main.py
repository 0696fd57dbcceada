from fastapi import FastAPI

from app.quota import SlidingWindowQuota
from app.routers import links, redirects

quota = SlidingWindowQuota(limit=100, window=60.0)

app = FastAPI(title="shortly")
app.include_router(links.router)
app.include_router(redirects.router)
