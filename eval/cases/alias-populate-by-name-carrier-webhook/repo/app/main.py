from fastapi import FastAPI

from app.api import tracking, webhooks

app = FastAPI(title="shipping-tracker")
app.include_router(webhooks.router)
app.include_router(tracking.router)
