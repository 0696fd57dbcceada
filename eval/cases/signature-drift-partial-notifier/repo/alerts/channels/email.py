from __future__ import annotations

from ..models import Alert
from ._transport import deliver


def render(alert: Alert) -> str:
    return f"[{alert.severity.upper()}] {alert.service}: {alert.title}"


async def send_email(alert: Alert, *, recipients: tuple[str, ...], max_attempts: int = 3) -> None:
    body = render(alert)
    for rcpt in recipients:
        await deliver("email", rcpt, body, max_attempts=max_attempts)
