from fastapi import FastAPI

from ledger.api import invoices

app = FastAPI(title="Ledger")
app.include_router(invoices.router)
