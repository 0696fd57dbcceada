from __future__ import annotations

from collections.abc import Callable

from . import cleanup, inventory_export

JOBS: dict[str, Callable[[], str]] = {
    "cleanup-temp": cleanup.run,
    "inventory-export": inventory_export.run,
}
