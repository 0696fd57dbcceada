from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.models import User
from app.repositories.users import UserRepository
from app.schemas import UserCreate, UserOut

router = APIRouter(prefix="/users", tags=["users"])


def get_user_repository(
    session: Annotated[AsyncSession, Depends(get_session)],
) -> UserRepository:
    return UserRepository(session)


@router.post("", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def create_user(
    payload: UserCreate,
    users: Annotated[UserRepository, Depends(get_user_repository)],
) -> User:
    if await users.get_by_email(payload.email) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="email already registered")
    return await users.add(User(**payload.model_dump()))
