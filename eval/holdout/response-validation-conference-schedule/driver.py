"""Programme committee flow: submit, slot and accept talks; then the public schedule page loads it."""
import os
import tempfile
from datetime import datetime

os.environ["CONF_DB"] = f"sqlite:///{tempfile.mkdtemp()}/conf.db"

from fastapi.testclient import TestClient  # noqa: E402
from sqlmodel import Session  # noqa: E402

from confapp.database import engine  # noqa: E402
from confapp.main import app  # noqa: E402
from confapp.models import Talk  # noqa: E402
from confapp.scheduling import assign_slot  # noqa: E402

with TestClient(app) as client:
    a = client.post("/talks", json={"title": "Typing the untypable", "speaker": "R. Ito"}).json()
    b = client.post("/talks", json={"title": "Async all the way down", "speaker": "N. Diallo",
                                    "track": "web"}).json()
    with Session(engine) as session:
        assign_slot(session, session.get(Talk, a["id"]), "Auditorium", datetime(2024, 9, 14, 10, 30))
    client.post(f"/talks/{a['id']}/accept")
    client.post(f"/talks/{b['id']}/accept")
    print(client.get("/schedule").json())
