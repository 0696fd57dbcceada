from fastapi import FastAPI

from inventory.api import stock
from inventory.core.database import Base, engine

Base.metadata.create_all(engine)

app = FastAPI(title="inventory")
app.include_router(stock.router)
