from __future__ import annotations

import os

DATABASE_URL = os.environ.get("BOXOFFICE_DATABASE_URL", "sqlite:///boxoffice.db")
PAYOUT_DELAY_DAYS = int(os.environ.get("BOXOFFICE_PAYOUT_DELAY_DAYS", "3"))
PLATFORM_FEE_RATE = "0.05"
