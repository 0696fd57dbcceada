from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gateway.ratelimit import build_limiter
from gateway.routers import forecast
from gateway.settings import settings

app = FastAPI(title="weather gateway")
app.include_router(forecast.router)
limiter = build_limiter(settings)


@app.middleware("http")
async def rate_limit(request: Request, call_next):
    client = request.headers.get("x-api-key") or (request.client.host if request.client else "anon")
    if not await limiter.allow(client):
        return JSONResponse({"detail": "rate limit exceeded"}, status_code=429)
    return await call_next(request)
