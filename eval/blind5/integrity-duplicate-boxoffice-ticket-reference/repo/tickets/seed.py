"""Load the season's programme."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from tickets.models import Performance, Show


def seed_programme(session: Session) -> None:
    lighthouse = Show(slug="lighthouse-keeper", title="The Lighthouse Keeper")
    lighthouse.performances = [
        Performance(starts_at=datetime(2026, 12, 3, 19, 30), base_price_pence=2800),
        Performance(starts_at=datetime(2026, 12, 5, 14, 30), base_price_pence=2200),
        Performance(starts_at=datetime(2026, 12, 5, 19, 30), base_price_pence=2800),
    ]
    session.add(lighthouse)
    session.commit()
