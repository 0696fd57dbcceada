from fastapi import FastAPI, HTTPException

from .catalog import all_codes
from .pricing import quote
from .schemas import QuoteOut, QuoteRequest

app = FastAPI(title="billing")


@app.get("/plans")
def list_plans() -> list[str]:
    return all_codes()


@app.post("/quotes", response_model=QuoteOut)
def create_quote(body: QuoteRequest) -> dict[str, str]:
    if not body.plan:
        raise HTTPException(status_code=400, detail="plan is required")
    return quote(body.plan, body.seats, annual=body.annual)
