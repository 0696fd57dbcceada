"""Helpdesk API entry point."""

from fastapi import FastAPI

from helpdesk.routers import tickets

app = FastAPI(title="Helpdesk")
app.include_router(tickets.router)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
