from fastapi.testclient import TestClient

from app.db import Base, SessionLocal, engine
from app.main import app
from app.models import User


def test_promote_user_to_manager():
    Base.metadata.create_all(engine)
    with SessionLocal() as session:
        session.add(User(id=1, email="kim@crm.test"))
        session.commit()
    resp = TestClient(app).put("/users/1/role", json={"role": "manager"})
    assert resp.json() == {"id": 1, "role": "manager"}
