from __future__ import annotations

import os

DATABASE_URL = os.getenv("DEPOTQ_DATABASE_URL", "sqlite+aiosqlite:///depotq.db")
NOTIFIER = os.getenv("DEPOTQ_NOTIFIER", "console")
SLACK_WEBHOOK_URL = os.getenv("DEPOTQ_SLACK_WEBHOOK_URL", "")
DEPOT_CHANNEL = os.getenv("DEPOTQ_CHANNEL", "#depot-north")
POLL_SECONDS = float(os.getenv("DEPOTQ_POLL_SECONDS", "30"))
