from .base import ApiClient, FixtureTransport, HttpTransport
from .crm import CrmClient

__all__ = ["ApiClient", "CrmClient", "FixtureTransport", "HttpTransport"]
