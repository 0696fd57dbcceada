import pytest
from fastapi.testclient import TestClient

from newsletter.app import app


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c
