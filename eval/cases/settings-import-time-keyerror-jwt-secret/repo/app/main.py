from fastapi import FastAPI

from app.api import auth, notes

app = FastAPI(title="notes")
app.include_router(auth.router)
app.include_router(notes.router)
