from __future__ import annotations

from fastapi import FastAPI

from newsroom.feed import section_feed
from newsroom.orm import Article, Base, SessionLocal, engine
from newsroom.schemas import ArticleSummary

app = FastAPI(title="newsroom")


@app.on_event("startup")
def bootstrap() -> None:
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        session.add(Article(headline="Council approves tram line", byline="R. Diaz", body="...", section="local"))
        session.commit()


@app.get("/sections/{section}", response_model=list[ArticleSummary])
def get_section(section: str) -> list[ArticleSummary]:
    with SessionLocal() as session:
        return section_feed(session, section)
