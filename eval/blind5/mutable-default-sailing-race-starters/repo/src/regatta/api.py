from __future__ import annotations

from dataclasses import asdict

from fastapi import FastAPI, HTTPException

from regatta.scoring import score_race
from regatta.store import RACES

app = FastAPI(title="Westmere SC results")


@app.get("/races")
def list_races() -> list[dict[str, object]]:
    return [{"id": r.id, "name": r.name, "entries": len(r.entries)} for r in RACES.values()]


@app.post("/races/{race_id}/results")
def publish_results(race_id: int) -> dict[str, object]:
    race = RACES.get(race_id)
    if race is None:
        raise HTTPException(status_code=404, detail="race not found")
    return {"race": race.name, "results": [asdict(p) for p in score_race(race)]}
