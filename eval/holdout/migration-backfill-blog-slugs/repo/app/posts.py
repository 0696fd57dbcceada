from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Post
from app.text import slugify

SITE_URL = "https://blog.example.org"


def create_post(db: Session, title: str, body: str, publish: bool = True) -> Post:
    post = Post(title=title, slug=slugify(title), body=body,
                published_at=datetime.utcnow() if publish else None)
    db.add(post)
    db.commit()
    return post


def published(db: Session) -> list[Post]:
    stmt = select(Post).where(Post.published_at.is_not(None)).order_by(Post.published_at.desc())
    return list(db.scalars(stmt))


def permalink(post: Post) -> str:
    return SITE_URL + "/posts/" + post.slug
