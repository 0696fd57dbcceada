from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from signup.database import get_db
from signup.services import mailer
from signup.services.accounts import EmailTaken, register

router = APIRouter(prefix="/accounts", tags=["accounts"])


class SignupForm(BaseModel):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    display_name: str = Field(min_length=1, max_length=80)
    marketing_opt_in: bool = False


class AccountCreated(BaseModel):
    id: int
    email: str


@router.post("", response_model=AccountCreated, status_code=status.HTTP_201_CREATED)
async def sign_up(form: SignupForm, background_tasks: BackgroundTasks, db: AsyncSession = Depends(get_db)):
    try:
        account = await register(db, form.email, form.display_name, form.marketing_opt_in)
    except EmailTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "an account with this email already exists") from None
    background_tasks.add_task(mailer.send_welcome_email(account.email, account.display_name))
    return AccountCreated(id=account.id, email=account.email)
