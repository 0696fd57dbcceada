from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Session, col, select

from .models import Post, Status


def publish(session: Session, post: Post) -> Post:
    post.status = Status.published
    post.published_at = datetime.now(timezone.utc)
    session.add(post)
    session.commit()
    session.refresh(post)
    return post


def list_published(session: Session, limit: int = 20) -> list[Post]:
    stmt = select(Post).order_by(col(Post.published_at).desc(), col(Post.id).desc()).limit(limit)
    return list(session.exec(stmt))
