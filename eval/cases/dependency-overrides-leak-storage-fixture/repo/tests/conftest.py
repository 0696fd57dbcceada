import pytest
from fastapi.testclient import TestClient

from docvault.api import app
from docvault.storage import MemoryStorage, get_storage


@pytest.fixture
def memory_storage():
    return MemoryStorage()


@pytest.fixture
def client(memory_storage):
    app.dependency_overrides[get_storage] = lambda: memory_storage
    with TestClient(app) as test_client:
        yield test_client
