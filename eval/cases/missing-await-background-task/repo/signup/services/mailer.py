"""Outgoing mail. Messages are written to an outbox folder that the relay picks up."""

import asyncio
import uuid
from email.message import EmailMessage
from pathlib import Path

from signup.config import settings


def _render_welcome(display_name: str) -> str:
    return (
        f"Hi {display_name},\n\n"
        f"welcome to {settings.product_name}! Your account is ready.\n\n"
        f"- the {settings.product_name} team\n"
    )


async def send_welcome_email(to: str, display_name: str) -> Path:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = f"Welcome to {settings.product_name}"
    message.set_content(_render_welcome(display_name))
    outbox = Path(settings.mail_outbox_dir)
    path = outbox / f"{uuid.uuid4().hex}.eml"
    await asyncio.to_thread(outbox.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread(path.write_bytes, bytes(message))
    return path
