from __future__ import annotations

from dataclasses import dataclass

from fastapi import Header, HTTPException, status

_TOKENS = {"t-agent-1": ("sam", "agent"), "t-admin-1": ("root", "admin")}


@dataclass(frozen=True)
class User:
    name: str
    role: str


def current_user(authorization: str | None = Header(default=None)) -> User:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    found = _TOKENS.get(authorization.removeprefix("Bearer "))
    if found is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return User(*found)


def require_admin(user: User) -> User:
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return user
