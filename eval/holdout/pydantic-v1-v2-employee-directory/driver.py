"""Seed two employees and list them through the v1 API."""
import os
import tempfile
from datetime import date

os.environ["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tempfile.mkdtemp()}/directory.db"

from fastapi.testclient import TestClient  # noqa: E402

from app.db.session import Base, SessionLocal, engine  # noqa: E402
from app.main import app  # noqa: E402
from app.models.employee import Department, Employee  # noqa: E402

Base.metadata.create_all(bind=engine)
db = SessionLocal()
eng = Department(name="Engineering")
db.add_all([
    Employee(full_name="Grace Hopper", title="Staff Engineer", email="grace@corp.test",
             hired_on=date(2019, 4, 1), department=eng),
    Employee(full_name="Alan Turing", title="Researcher", email="alan@corp.test", department=eng),
])
db.commit()
db.close()

client = TestClient(app)
print(client.get("/api/v1/employees/").json())
