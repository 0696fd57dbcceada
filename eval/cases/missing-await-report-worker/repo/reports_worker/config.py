import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerConfig:
    database_url: str
    batch_size: int
    poll_interval: float
    max_polls: int


def from_env() -> WorkerConfig:
    return WorkerConfig(
        database_url=os.environ.get("REPORTS_DB", "sqlite+aiosqlite:///reports.db"),
        batch_size=int(os.environ.get("REPORTS_BATCH", "20")),
        poll_interval=float(os.environ.get("REPORTS_POLL_SECONDS", "5")),
        max_polls=int(os.environ.get("REPORTS_MAX_POLLS", "0")),
    )
