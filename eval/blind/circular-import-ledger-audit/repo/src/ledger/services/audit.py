from __future__ import annotations

import json
import logging
from typing import Any

from ledger.models.account import Account

log = logging.getLogger("ledger.audit")


def record_event(kind: str, **fields: Any) -> None:
    log.info(json.dumps({"event": kind, **fields}, sort_keys=True))


def snapshot(account: Account) -> dict[str, Any]:
    return {"code": account.code, "balance": str(account.balance), "entries": len(account.entries)}
