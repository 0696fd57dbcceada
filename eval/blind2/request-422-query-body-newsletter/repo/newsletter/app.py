from __future__ import annotations

from fastapi import FastAPI, HTTPException, status

from newsletter.store import store

app = FastAPI(title="newsletter")

PLANS = {"free", "weekly", "daily"}


@app.post("/subscriptions", status_code=status.HTTP_201_CREATED)
def subscribe(email: str, plan: str = "free") -> dict:
    if plan not in PLANS:
        raise HTTPException(status_code=400, detail=f"unknown plan {plan!r}")
    sub = store.upsert(email, plan)
    return {"email": sub.email, "plan": sub.plan, "created_at": sub.created_at.isoformat()}


@app.get("/subscriptions/{email}")
def lookup(email: str) -> dict:
    sub = store.get(email)
    if sub is None:
        raise HTTPException(status_code=404)
    return {"email": sub.email, "plan": sub.plan}
