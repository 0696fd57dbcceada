"""Runtime settings for the interlibrary-loan desk, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    home_library: str
    max_fee: float
    log_level: str


def load_settings() -> Settings:
    return Settings(
        data_dir=Path(os.environ.get("ILL_DATA_DIR", _ROOT / "data")),
        home_library=os.environ.get("ILL_HOME_LIBRARY", "MAPLEFORD"),
        max_fee=float(os.environ.get("ILL_MAX_FEE", "5.00")),
        log_level=os.environ.get("ILL_LOG_LEVEL", "INFO"),
    )
