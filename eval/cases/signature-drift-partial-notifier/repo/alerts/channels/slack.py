from __future__ import annotations

import json

from ..models import Alert
from ._transport import deliver


async def post_slack(alert: Alert, *, webhook: str, max_attempts: int = 3) -> None:
    payload = {
        "text": f"*{alert.title}* ({alert.service})",
        "attachments": [{"color": "danger" if alert.severity == "critical" else "warning"}],
    }
    await deliver("slack", webhook, json.dumps(payload), max_attempts=max_attempts)
