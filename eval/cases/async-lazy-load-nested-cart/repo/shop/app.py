from fastapi import FastAPI

from shop.carts.routes import router as carts_router

app = FastAPI(title="shop")
app.include_router(carts_router)


@app.get("/health")
async def health() -> dict:
    return {"ok": True}
