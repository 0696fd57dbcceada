from __future__ import annotations

from fastapi import FastAPI

from authsvc.envfile import load_env_file
from authsvc.routes import router

load_env_file()

app = FastAPI(title="authsvc")
app.include_router(router)
