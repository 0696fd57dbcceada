from __future__ import annotations

from fastapi import FastAPI

from wallcrew import routes


def create_app() -> FastAPI:
    app = FastAPI(title="Wall crew", version="1.4.0")
    app.include_router(routes.router)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
