from decimal import Decimal

from sqlalchemy.orm import Session

from ..repositories.customers import CustomerRepository
from ..repositories.orders import OrderRepository


class CreditLimitExceeded(Exception):
    pass


class OrderingService:
    def __init__(self, db: Session):
        self.customers = CustomerRepository(db)
        self.orders = OrderRepository(db)

    def place(self, customer_id: int, amount: Decimal):
        customer = self.customers.get(customer_id)
        exposure = self.orders.open_amount(customer_id) + amount
        if exposure > customer.credit_limit:
            raise CreditLimitExceeded(f"{customer.name}: {exposure} > {customer.credit_limit}")
        return self.orders.create(customer_id, amount)
