from __future__ import annotations

from fastapi import FastAPI

from vetlab.routers import assays

app = FastAPI(title="Vet lab sample tracking")
app.include_router(assays.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
