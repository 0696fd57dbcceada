from fastapi import APIRouter, HTTPException

from obsdesk.instruments import INSTRUMENTS
from obsdesk.schemas import InstrumentOut

router = APIRouter(prefix="/instruments", tags=["instruments"])


@router.get("", response_model=list[InstrumentOut])
def list_instruments() -> list[InstrumentOut]:
    return [
        InstrumentOut(code=i.code, name=i.name, modes=list(i.modes), available=i.available)
        for i in INSTRUMENTS.values()
    ]


@router.get("/{code}", response_model=InstrumentOut)
def get_instrument(code: str) -> InstrumentOut:
    inst = INSTRUMENTS.get(code.upper())
    if inst is None:
        raise HTTPException(status_code=404, detail=f"no instrument {code!r}")
    return InstrumentOut(code=inst.code, name=inst.name, modes=list(inst.modes), available=inst.available)
