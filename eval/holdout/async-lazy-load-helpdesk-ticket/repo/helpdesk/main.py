from fastapi import FastAPI

from helpdesk.routers import tickets

app = FastAPI(title="helpdesk")
app.include_router(tickets.router)
