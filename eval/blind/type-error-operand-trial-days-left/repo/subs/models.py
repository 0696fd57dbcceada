from datetime import datetime

from pydantic import BaseModel, Field


class Subscription(BaseModel):
    account_id: str
    plan: str
    trial_days: int = Field(default=14, ge=0)
    started_at: datetime
    cancelled: bool = False


class TrialStatus(BaseModel):
    account_id: str
    days_left: int
    expired: bool
