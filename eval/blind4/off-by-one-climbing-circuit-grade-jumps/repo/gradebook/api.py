from __future__ import annotations

from fastapi import FastAPI, HTTPException

from gradebook.catalogue import CIRCUITS
from gradebook.circuits import CircuitProfile, profile

app = FastAPI(title="Gradebook")


@app.get("/circuits")
async def list_circuits() -> list[str]:
    return sorted(CIRCUITS)


@app.get("/circuits/{colour}/profile")
async def circuit_profile(colour: str) -> CircuitProfile:
    problems = CIRCUITS.get(colour.lower())
    if problems is None:
        raise HTTPException(status_code=404, detail=f"no {colour} circuit on the walls")
    return profile(colour.lower(), problems)
