from datetime import date

from fastapi import FastAPI, HTTPException

from pawnapi.catalog import UnknownItem, lookup
from pawnapi.offers import ItemIn, LoanOffer, build_offer
from pawnapi.pricing import resale_estimate

app = FastAPI(title="Counter quotes")


@app.post("/offers", response_model=LoanOffer)
async def quote_offer(item: ItemIn) -> LoanOffer:
    try:
        ref = lookup(item.category, item.model)
    except UnknownItem:
        raise HTTPException(status_code=404, detail="no reference price, needs manual appraisal")
    resale = resale_estimate(ref, item.condition)
    return build_offer(item, resale, date.today())
