import pytest
from fastapi.testclient import TestClient

from docshare.app import app
from docshare.settings import get_settings


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCSHARE_UPLOAD_DIR", str(tmp_path / "uploads"))
    get_settings.cache_clear()
    with TestClient(app) as c:
        yield c
    get_settings.cache_clear()
