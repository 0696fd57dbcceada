import os
import tempfile
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
os.environ["NEWSROOM_DB"] = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "news.db")

from fastapi.testclient import TestClient  # noqa: E402

from newsroom.web import app  # noqa: E402

with TestClient(app) as client:
    client.get("/sections/local")
