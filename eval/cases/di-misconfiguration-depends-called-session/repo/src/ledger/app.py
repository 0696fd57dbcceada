from fastapi import FastAPI

from ledger.api import entries

app = FastAPI(title="ledger", version="0.7.0")
app.include_router(entries.router)
