from __future__ import annotations

from dataclasses import dataclass


@dataclass
class User:
    id: int
    handle: str
    avatar_path: str | None = None


USERS: dict[int, User] = {
    1: User(1, "marta"),
    2: User(2, "jonas"),
}


def get_user(user_id: int) -> User | None:
    return USERS.get(user_id)
