from fastapi import FastAPI

from app.api import quotes

app = FastAPI(title="Solar quoting API", version="1.4.0")
app.include_router(quotes.router)
