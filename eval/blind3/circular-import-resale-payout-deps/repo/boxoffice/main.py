from __future__ import annotations

from fastapi import FastAPI

from boxoffice.api.routes import router
from boxoffice.db import Base, engine


def create_app() -> FastAPI:
    Base.metadata.create_all(engine)
    app = FastAPI(title="Box Office resale")
    app.include_router(router)
    return app


app = create_app()
