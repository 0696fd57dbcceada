from fastapi import FastAPI

from app.api import books
from app.core.database import engine
from app.models import Base

app = FastAPI(title="library")
app.include_router(books.router)


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(engine)
