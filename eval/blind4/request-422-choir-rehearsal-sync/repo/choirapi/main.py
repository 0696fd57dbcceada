from itertools import count

from fastapi import FastAPI, HTTPException, status

from choirapi.schemas import RehearsalIn, RehearsalOut

app = FastAPI(title="Choir rehearsal API", version="2.1.0")

CHOIRS = {"st-cecilia": "St. Cecilia Chamber Choir", "northgate": "Northgate Community Singers"}
_rehearsals: dict[int, RehearsalOut] = {}
_ids = count(1)


@app.post("/choirs/{slug}/rehearsals", response_model=RehearsalOut, status_code=status.HTTP_201_CREATED)
def create_rehearsal(slug: str, body: RehearsalIn) -> RehearsalOut:
    if slug not in CHOIRS:
        raise HTTPException(status_code=404, detail="unknown choir")
    rehearsal = RehearsalOut(id=next(_ids), choir=slug, **body.model_dump())
    _rehearsals[rehearsal.id] = rehearsal
    return rehearsal


@app.get("/choirs/{slug}/rehearsals", response_model=list[RehearsalOut])
def list_rehearsals(slug: str) -> list[RehearsalOut]:
    return sorted((r for r in _rehearsals.values() if r.choir == slug), key=lambda r: r.starts_at)
