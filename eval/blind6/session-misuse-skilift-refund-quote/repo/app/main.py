from fastapi import FastAPI

from app.routes import router

app = FastAPI(title="Snowline pass office")
app.include_router(router)
