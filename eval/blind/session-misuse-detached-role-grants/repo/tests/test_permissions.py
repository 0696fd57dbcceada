import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from accounts.models import Base, Role, User
from accounts.permissions import can
from accounts.store import UserStore


@pytest.fixture()
def store(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'accounts.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        editor = Role(name="editor", permissions="post.create,post.edit")
        session.add_all([User(username="maria", roles=[editor]), User(username="guest")])
        session.commit()
    return UserStore(engine)


def test_unknown_user_cannot_do_anything(store):
    assert not can(store, "nobody", "post.create")


def test_usernames_are_sorted(store):
    assert store.usernames() == ["guest", "maria"]


def test_editor_can_create_posts(store):
    assert can(store, "maria", "post.create")
