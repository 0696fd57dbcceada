import os
import tempfile

os.environ["STOCKROOM_DB"] = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "stock.db")

from fastapi.testclient import TestClient  # noqa: E402

from stockroom.main import app  # noqa: E402

with TestClient(app) as client:
    client.post("/reservations", json={"sku": "KB-104", "quantity": 2})
