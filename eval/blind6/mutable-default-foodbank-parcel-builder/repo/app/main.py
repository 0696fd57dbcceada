from fastapi import FastAPI

from .routers import parcels

app = FastAPI(title="Riverside food bank: packing bench")
app.include_router(parcels.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
