"""Configuration from the process environment (see .env.example)."""

import os

DATABASE_URL = os.getenv("CRM_DATABASE_URL", "sqlite:///crm.db")
DB_POOL_SIZE = os.getenv("CRM_POOL_SIZE")
DB_MAX_OVERFLOW = os.getenv("CRM_DB_MAX_OVERFLOW", "5")
DEFAULT_OWNER = os.getenv("CRM_DEFAULT_OWNER", "sales@acme.example")
