from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from app.core import config


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def create_access_token(subject: str) -> str:
    header = _b64(json.dumps({"alg": config.JWT_ALGORITHM, "typ": "JWT"}).encode())
    exp = int(time.time()) + config.ACCESS_TOKEN_MINUTES * 60
    payload = _b64(json.dumps({"sub": subject, "exp": exp}).encode())
    signing_input = f"{header}.{payload}".encode()
    signature = hmac.new(config.JWT_SECRET.encode(), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"
