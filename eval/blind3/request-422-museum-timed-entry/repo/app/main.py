from fastapi import FastAPI

from app.api import bookings

app = FastAPI(title="Museum timed-entry tickets")
app.include_router(bookings.router)
