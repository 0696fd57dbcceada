from sqlalchemy import func, select

from newsletter.database import SessionLocal
from newsletter.models import Subscriber

db = SessionLocal()


def add_subscriber(list_slug: str, email: str, *, confirmed: bool) -> Subscriber:
    subscriber = Subscriber(list_slug=list_slug, email=email.lower(), confirmed=confirmed)
    db.add(subscriber)
    db.commit()
    return subscriber


def count_subscribers(list_slug: str) -> tuple[int, int]:
    total = db.scalar(select(func.count(Subscriber.id)).where(Subscriber.list_slug == list_slug))
    confirmed = db.scalar(
        select(func.count(Subscriber.id)).where(
            Subscriber.list_slug == list_slug, Subscriber.confirmed.is_(True)
        )
    )
    return total or 0, confirmed or 0
