from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel

from app.api.deps import AuthServiceDep
from app.services.auth import InvalidCredentials

router = APIRouter(prefix="/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: str
    password: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str


@router.post("/login", response_model=TokenResponse)
async def login(body: LoginRequest, auth: AuthServiceDep):
    try:
        return await auth.login(body.email, body.password)
    except InvalidCredentials:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid email or password") from None
