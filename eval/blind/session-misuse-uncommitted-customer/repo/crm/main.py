from decimal import Decimal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .database import Base, engine, get_db
from .repositories.customers import CustomerRepository
from .services.ordering import CreditLimitExceeded, OrderingService

Base.metadata.create_all(engine)
app = FastAPI(title="crm")


class CustomerIn(BaseModel):
    name: str
    credit_limit: Decimal = Field(default=Decimal("1000"), ge=0)


class OrderIn(BaseModel):
    amount: Decimal = Field(gt=0)


@app.post("/customers", status_code=201)
def create_customer(body: CustomerIn, db: Session = Depends(get_db)) -> dict:
    customer = CustomerRepository(db).create(body.name, body.credit_limit)
    return {"id": customer.id, "name": customer.name}


@app.post("/customers/{customer_id}/orders", status_code=201)
def place_order(customer_id: int, body: OrderIn, db: Session = Depends(get_db)) -> dict:
    try:
        order = OrderingService(db).place(customer_id, body.amount)
    except CreditLimitExceeded as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    return {"id": order.id, "amount": str(order.amount)}
