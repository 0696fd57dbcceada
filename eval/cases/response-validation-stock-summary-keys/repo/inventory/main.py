from fastapi import FastAPI

from inventory.api import stock
from inventory.db import engine
from inventory.models import Base

Base.metadata.create_all(engine)

app = FastAPI(title="inventory")
app.include_router(stock.router)
