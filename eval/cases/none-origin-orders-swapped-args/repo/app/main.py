from fastapi import FastAPI

from app.database import Base, engine
from app.routers import orders

app = FastAPI(title="Storefront orders")
app.include_router(orders.router)


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(bind=engine)
