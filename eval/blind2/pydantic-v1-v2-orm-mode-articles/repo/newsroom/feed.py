"""Section feeds for the homepage."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsroom.orm import Article
from newsroom.schemas import ArticleSummary


def section_feed(session: Session, section: str, limit: int = 20) -> list[ArticleSummary]:
    rows = session.scalars(
        select(Article).where(Article.section == section).order_by(Article.published_at.desc()).limit(limit)
    )
    return [ArticleSummary.from_orm(row) for row in rows]
