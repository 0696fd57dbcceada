from fastapi import FastAPI

from app.api.v1 import authors
from app.config import settings

app = FastAPI(title=settings.PROJECT_NAME, openapi_url=f"{settings.API_V1_STR}/openapi.json")
app.include_router(authors.router, prefix=f"{settings.API_V1_STR}/authors", tags=["authors"])
