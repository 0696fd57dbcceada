from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Session, select

from .database import get_session, init_db
from .models import Post, PostSummary
from .posts import list_published, publish

app = FastAPI(title="blog", on_startup=[init_db])


@app.post("/posts", status_code=201)
def create_post(post: Post, session: Session = Depends(get_session)) -> dict[str, str]:
    session.add(post)
    session.commit()
    return {"slug": post.slug}


@app.post("/posts/{slug}/publish")
def publish_post(slug: str, session: Session = Depends(get_session)) -> dict[str, str]:
    post = session.exec(select(Post).where(Post.slug == slug)).first()
    if post is None:
        raise HTTPException(404)
    publish(session, post)
    return {"slug": slug, "status": post.status.value}


@app.get("/feed", response_model=list[PostSummary])
def feed(limit: int = 20, session: Session = Depends(get_session)):
    return list_published(session, limit=limit)
