from __future__ import annotations

from fastapi import FastAPI

from app.routers import billing, users
from app.settings import get_settings


def create_app() -> FastAPI:
    settings = get_settings()
    application = FastAPI(title=settings.app_name)
    application.include_router(users.router)
    application.include_router(billing.router)

    @application.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return application


app = create_app()
