from __future__ import annotations

from .models import User
from .store import UserStore


def has_permission(user: User, permission: str) -> bool:
    return any(role.grants(permission) for role in user.roles)


def can(store: UserStore, username: str, permission: str) -> bool:
    user = store.get_by_username(username)
    if user is None:
        return False
    return has_permission(user, permission)
