from fastapi.testclient import TestClient
from sqlmodel import Session

from notes_api.db import create_db_and_tables, engine
from notes_api.main import app
from notes_api.models import ApiToken, Member

create_db_and_tables()
with Session(engine) as session:
    member = Member(handle="yuki")
    session.add(member)
    session.commit()
    session.add(ApiToken(token="nt_4f9a1c7e2b8d4e6f", member_id=member.id))
    session.commit()

with TestClient(app) as client:
    r = client.post(
        "/notes",
        json={"title": "Groceries", "body": "miso, rice, nori"},
        headers={"Authorization": "Bearer nt_4f9a1c7e2b8d4e6f"},
    )
    print(r.status_code, r.json())
