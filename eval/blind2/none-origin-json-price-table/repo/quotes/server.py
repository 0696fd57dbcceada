from __future__ import annotations

from fastapi import FastAPI

from quotes.estimate import Estimate, LineRequest, estimate

app = FastAPI(title="warehouse-quotes")


@app.get("/health")
async def health() -> dict:
    return {"ok": True}


@app.post("/estimates", response_model=Estimate)
async def create_estimate(lines: list[LineRequest]) -> Estimate:
    return estimate(lines)
