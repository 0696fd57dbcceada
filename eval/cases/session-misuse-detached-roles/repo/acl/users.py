from sqlalchemy import select

from acl.db import Session
from acl.models import Role, User


class UnknownUser(LookupError):
    pass


def load_user(username: str) -> User:
    with Session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise UnknownUser(username)
        return user


def create_user(username: str, role_names: list[str]) -> None:
    with Session.begin() as session:
        roles = session.scalars(select(Role).where(Role.name.in_(role_names))).all()
        session.add(User(username=username, roles=list(roles)))
