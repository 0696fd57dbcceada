from __future__ import annotations

from datetime import datetime

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .store import load_rota
from .timing import slot_window

app = FastAPI(title="Food bank collection slots")
store = load_rota()


class SlotWindow(BaseModel):
    code: str
    site: str
    opens: datetime
    closes: datetime
    places_left: int


@app.get("/slots/{code}/window", response_model=SlotWindow)
async def get_slot_window(code: str) -> SlotWindow:
    slot = store.get(code)
    if slot is None:
        raise HTTPException(status_code=404, detail=f"no slot {code}")
    opens, closes = slot_window(slot)
    return SlotWindow(
        code=slot.code,
        site=slot.site,
        opens=opens,
        closes=closes,
        places_left=slot.capacity - len(slot.households),
    )
