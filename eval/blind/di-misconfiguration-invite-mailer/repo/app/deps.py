from __future__ import annotations

from fastapi import Depends

from .config import Settings, get_settings
from .services.mailer import Mailer

_mailers: dict[tuple[str, int], Mailer] = {}


def get_mailer(settings: Settings = Depends(get_settings)) -> Mailer:
    key = (settings.smtp_host, settings.smtp_port)
    if key not in _mailers:
        _mailers[key] = Mailer(host=settings.smtp_host, port=settings.smtp_port, sender=settings.mail_from)
    mailer = _mailers[key]
