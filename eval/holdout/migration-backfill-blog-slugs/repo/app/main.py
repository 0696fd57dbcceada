from fastapi import Depends, FastAPI
from fastapi.responses import Response
from sqlalchemy.orm import Session

from app import posts
from app.database import get_db

app = FastAPI()


@app.get("/sitemap.xml")
def sitemap(db: Session = Depends(get_db)) -> Response:
    entries = []
    for post in posts.published(db):
        entries.append(
            f"<url><loc>{posts.permalink(post)}</loc>"
            f"<lastmod>{post.published_at:%Y-%m-%d}</lastmod></url>"
        )
    xml = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(entries) + "</urlset>")
    return Response(xml, media_type="application/xml")
