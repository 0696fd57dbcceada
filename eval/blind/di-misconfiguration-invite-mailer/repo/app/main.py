import logging

from fastapi import FastAPI

from .routers import invites

logging.basicConfig(level=logging.INFO)

app = FastAPI(title="teams")
app.include_router(invites.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
