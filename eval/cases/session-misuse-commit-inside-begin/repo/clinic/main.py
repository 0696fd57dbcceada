from fastapi import FastAPI

from clinic.routers import appointments

app = FastAPI(title="clinic booking")
app.include_router(appointments.router)
