from __future__ import annotations

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from blog import queries
from blog.database import get_db
from blog.models import Post

app = FastAPI()


class CommentOut(BaseModel):
    author: str
    text: str


class PostPage(BaseModel):
    title: str
    body: str
    comment_count: int
    comments: list[CommentOut]


def to_page(post: Post) -> PostPage:
    comments = [CommentOut(author=c.author, text=c.text) for c in post.comments]
    return PostPage(title=post.title, body=post.body, comment_count=len(comments), comments=comments)


@app.get("/posts", response_model=list[str])
async def index(db: AsyncSession = Depends(get_db)) -> list[str]:
    return [p.slug for p in await queries.latest_posts(db)]


@app.get("/posts/{slug}", response_model=PostPage)
async def show_post(slug: str, db: AsyncSession = Depends(get_db)) -> PostPage:
    post = await queries.post_by_slug(db, slug)
    if post is None:
        raise HTTPException(404)
    return to_page(post)
