from fastapi.testclient import TestClient

from clinic.db import SessionLocal, engine
from clinic.main import app
from clinic.models import Base, Practitioner

Base.metadata.create_all(engine)
with SessionLocal.begin() as db:
    db.add(Practitioner(id=1, name="Dr. Ana Ruiz", specialty="dermatology"))

client = TestClient(app)
response = client.post(
    "/appointments",
    json={"practitioner_id": 1, "patient_email": "li.wei@example.com", "starts_at": "2024-09-03T10:40:00"},
)
print(response.status_code, response.json())
