from __future__ import annotations

import os

DATABASE_URL = os.environ.get("CELLAR_DATABASE_URL", "sqlite:///./cellar.db")
DEFAULT_PAGE_SIZE = int(os.environ.get("CELLAR_PAGE_SIZE", "50"))
