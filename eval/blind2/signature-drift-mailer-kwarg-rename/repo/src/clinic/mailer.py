"""Transactional e-mail. Templates live in TEMPLATES; delivery is pluggable."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template

TEMPLATES = {
    "appointment_confirmed": Template("Hello $patient, your appointment with $doctor is confirmed for $when."),
    "appointment_cancelled": Template("Hello $patient, your appointment on $when was cancelled."),
}


@dataclass
class Message:
    recipient: str
    subject: str
    body: str


SENT: list[Message] = []


def send_templated(recipient: str, template_name: str, subject: str, **context: str) -> Message:
    body = TEMPLATES[template_name].substitute(context)
    message = Message(recipient=recipient, subject=subject, body=body)
    SENT.append(message)
    return message
