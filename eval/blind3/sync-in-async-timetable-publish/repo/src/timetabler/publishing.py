from __future__ import annotations

import logging

from sqlmodel import Session, select

from timetabler.models import Lesson
from timetabler.notify import PortalReceipt, push_to_parents_portal

log = logging.getLogger(__name__)


class NothingToPublish(Exception):
    pass


async def publish_week(session: Session, week: int) -> PortalReceipt:
    lessons = session.exec(
        select(Lesson).where(Lesson.week == week).order_by(Lesson.weekday, Lesson.starts_at)
    ).all()
    if not lessons:
        raise NothingToPublish(week)
    for lesson in lessons:
        lesson.published = True
    session.add_all(lessons)
    session.commit()
    log.info("week %s: %d lessons marked published", week, len(lessons))
    receipt = push_to_parents_portal(week, lessons)
    log.info("portal accepted week %s as %s", week, receipt.reference)
    return receipt
