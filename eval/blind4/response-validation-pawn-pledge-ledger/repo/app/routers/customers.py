from datetime import date
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.config import settings
from app.db import Customer, get_db
from app.schemas import CustomerPledges
from app.services.ledger import pledge_view

router = APIRouter(prefix="/customers", tags=["customers"])


def business_date() -> date:
    return settings.business_date or date.today()


@router.get("/{customer_id}/pledges", response_model=CustomerPledges)
def customer_pledges(
    customer_id: int,
    db: Session = Depends(get_db),
    today: date = Depends(business_date),
):
    customer = db.scalar(
        select(Customer).options(selectinload(Customer.pledges)).where(Customer.id == customer_id)
    )
    if customer is None:
        raise HTTPException(status_code=404, detail="customer not found")
    views = [pledge_view(p, today) for p in sorted(customer.pledges, key=lambda p: p.due_on)]
    outstanding = sum((v["amount_to_redeem"] or Decimal("0") for v in views), Decimal("0"))
    return {
        "customer_id": customer.id,
        "full_name": customer.full_name,
        "pledges": views,
        "total_outstanding": outstanding,
    }
