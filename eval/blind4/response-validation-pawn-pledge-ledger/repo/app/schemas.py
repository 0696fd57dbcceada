from datetime import date
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict


class PledgeStatus(str, Enum):
    ACTIVE = "active"
    GRACE = "grace"
    REDEEMED = "redeemed"
    FORFEITED = "forfeited"


class PledgeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    ticket_no: str
    description: str
    principal: Decimal
    due_on: date
    status: PledgeStatus
    amount_to_redeem: Decimal | None


class CustomerPledges(BaseModel):
    customer_id: int
    full_name: str
    pledges: list[PledgeOut]
    total_outstanding: Decimal
