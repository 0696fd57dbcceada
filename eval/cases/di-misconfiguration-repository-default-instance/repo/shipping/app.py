from fastapi import FastAPI

from shipping.routes import shipments

app = FastAPI(title="shipping")
app.include_router(shipments.router)
