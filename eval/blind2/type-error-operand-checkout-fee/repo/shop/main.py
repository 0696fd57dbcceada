from fastapi import FastAPI

from shop.api import cart

app = FastAPI(title="shop")
app.include_router(cart.router)
