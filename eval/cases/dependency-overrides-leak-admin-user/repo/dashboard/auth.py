from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

# token -> (user, roles); loaded from the secrets store in production
_TOKENS: dict[str, tuple[str, frozenset[str]]] = {}


@dataclass(frozen=True)
class User:
    name: str
    roles: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


def register_token(token: str, name: str, roles: set[str]) -> None:
    _TOKENS[token] = (name, frozenset(roles))


def get_current_user(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> User:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    for token, (name, roles) in _TOKENS.items():
        if hmac.compare_digest(token, creds.credentials):
            return User(name=name, roles=roles)
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


def require_admin(user: User = Depends(get_current_user)) -> User:
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admin only")
    return user
