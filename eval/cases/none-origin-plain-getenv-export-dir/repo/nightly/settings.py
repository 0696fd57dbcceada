"""Runtime settings, read from the environment once at import."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR = Path(os.getenv("WAREHOUSE_DATA_DIR", "/var/lib/warehouse"))
EXPORT_DIR = os.getenv("WAREHOUSE_EXPORT_DIR")
RETENTION_DAYS = int(os.getenv("WAREHOUSE_RETENTION_DAYS", "14"))
LOG_LEVEL = os.getenv("WAREHOUSE_LOG_LEVEL", "INFO")
