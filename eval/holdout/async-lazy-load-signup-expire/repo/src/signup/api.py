from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from signup import accounts
from signup.database import get_session

app = FastAPI(title="signup")


class SignupIn(BaseModel):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    password: str = Field(min_length=10)
    display_name: str = Field(min_length=1, max_length=80)


@app.post("/accounts", status_code=201)
async def sign_up(body: SignupIn, session: AsyncSession = Depends(get_session)) -> dict:
    try:
        account = await accounts.register(session, body.email, body.password, body.display_name)
    except accounts.EmailTaken:
        raise HTTPException(409, "email already registered")
    return {"id": account.id, "email": account.email, "display_name": account.display_name}
