from fastapi import FastAPI

from .api import stock
from .core_config import get_settings

app = FastAPI(title=get_settings().app_name)
app.include_router(stock.router)
