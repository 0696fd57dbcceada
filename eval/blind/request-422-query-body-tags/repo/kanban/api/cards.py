from fastapi import APIRouter, HTTPException, status

from ..schemas import CardIn
from ..store import add_card

router = APIRouter(prefix="/cards", tags=["cards"])


@router.post("", status_code=status.HTTP_201_CREATED)
def create_card(card: CardIn):
    try:
        return add_card(card)
    except KeyError as exc:
        raise HTTPException(status_code=422, detail=f"unknown tags {exc.args[0]}") from exc
