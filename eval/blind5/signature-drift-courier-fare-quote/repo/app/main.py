from fastapi import FastAPI

from app.routers import jobs, quotes

app = FastAPI(title="Spoke & Satchel dispatch")
app.include_router(quotes.router)
app.include_router(jobs.router)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
