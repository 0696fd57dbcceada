from fastapi import FastAPI

from catalog_api.routes import prices, products


def create_app() -> FastAPI:
    app = FastAPI(title="catalog-api", version="1.4.2")
    app.include_router(products.router)
    app.include_router(prices.router)
    return app


app = create_app()
