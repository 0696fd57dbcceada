from fastapi import FastAPI

from newsletter.database import Base, engine
from newsletter.routers import lists

Base.metadata.create_all(bind=engine)

app = FastAPI(title="newsletter")
app.include_router(lists.router)
