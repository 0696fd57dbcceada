"""Compact HMAC-signed session tokens."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from authsvc import config


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(payload: dict) -> str:
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(config.SECRET_KEY.encode(), body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}"


def issue_session(user_id: str) -> str:
    now = int(time.time())
    return sign({"sub": user_id, "iss": config.ISSUER, "iat": now, "exp": now + config.TOKEN_TTL_SECONDS})
