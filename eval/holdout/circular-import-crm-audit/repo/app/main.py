from fastapi import FastAPI

from app.routers import users

app = FastAPI(title="crm")
app.include_router(users.router)
