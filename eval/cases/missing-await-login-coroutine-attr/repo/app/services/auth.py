from dataclasses import dataclass

from app.core.security import issue_access_token, verify_password
from app.models import User
from app.repositories.user_repo import UserRepository


class InvalidCredentials(Exception):
    pass


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    token_type: str = "bearer"


class AuthService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    async def _active_user(self, email: str) -> User | None:
        return self.users.get_by_email(email.strip().lower())

    async def login(self, email: str, password: str) -> TokenPair:
        user = await self._active_user(email)
        if user is None or not verify_password(user, password):
            raise InvalidCredentials
        return TokenPair(access_token=issue_access_token(user))
