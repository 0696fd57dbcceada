from fastapi import FastAPI

from app.api.pickups import router as pickups_router

app = FastAPI(title="Compost collection schedule", version="0.9.0")
app.include_router(pickups_router)


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
