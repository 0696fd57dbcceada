from fastapi import FastAPI

from app.routes import digests

app = FastAPI(title="notifier")
app.include_router(digests.router)


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
