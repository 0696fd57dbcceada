from pydantic import BaseModel, Field


class QuoteRequest(BaseModel):
    plan: str
    seats: int = Field(ge=1, le=500)
    annual: bool = False


class QuoteOut(BaseModel):
    plan: str
    billing: str
    total: str
