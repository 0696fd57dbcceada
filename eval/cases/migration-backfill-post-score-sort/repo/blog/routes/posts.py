from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlmodel import Session, select

from blog import settings
from blog.database import get_session
from blog.models import Post, PostSummary
from blog.ranking import rank

router = APIRouter()


@router.get("/posts/trending", response_model=list[PostSummary])
def trending(session: Session = Depends(get_session)):
    now = datetime.now(timezone.utc)
    recent = session.exec(select(Post).where(Post.published_at >= now - timedelta(days=30))).all()
    return rank(list(recent), now, settings.TRENDING_LIMIT)


@router.post("/posts/{slug}/views", status_code=204)
def record_view(slug: str, session: Session = Depends(get_session)):
    post = session.exec(select(Post).where(Post.slug == slug)).first()
    if post is None:
        raise HTTPException(404)
    post.view_count += 1
    session.add(post)
    session.commit()
