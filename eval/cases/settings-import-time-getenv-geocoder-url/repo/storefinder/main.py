from fastapi import FastAPI

from storefinder.routers import nearby

app = FastAPI(title="storefinder")
app.include_router(nearby.router)
