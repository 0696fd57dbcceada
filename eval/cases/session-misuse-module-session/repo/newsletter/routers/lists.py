from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError

from newsletter.repositories import subscribers
from newsletter.settings import DOUBLE_OPT_IN

router = APIRouter(prefix="/lists/{list_slug}")


class SubscribeIn(BaseModel):
    email: str


class ListStats(BaseModel):
    list_slug: str
    subscribers: int
    confirmed: int


@router.post("/subscribers", status_code=status.HTTP_201_CREATED)
def subscribe(list_slug: str, body: SubscribeIn) -> dict:
    try:
        subscriber = subscribers.add_subscriber(list_slug, body.email, confirmed=not DOUBLE_OPT_IN)
    except IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "already subscribed") from None
    return {"id": subscriber.id, "email": subscriber.email}


@router.get("/stats", response_model=ListStats)
def stats(list_slug: str) -> ListStats:
    total, confirmed = subscribers.count_subscribers(list_slug)
    return ListStats(list_slug=list_slug, subscribers=total, confirmed=confirmed)
