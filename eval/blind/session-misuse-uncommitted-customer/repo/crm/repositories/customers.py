from decimal import Decimal

from sqlalchemy.orm import Session

from ..models import Customer


class CustomerRepository:
    def __init__(self, db: Session):
        self.db = db

    def create(self, name: str, credit_limit: Decimal) -> Customer:
        customer = Customer(name=name, credit_limit=credit_limit)
        self.db.add(customer)
        self.db.flush()
        return customer

    def get(self, customer_id: int) -> Customer | None:
        return self.db.get(Customer, customer_id)
