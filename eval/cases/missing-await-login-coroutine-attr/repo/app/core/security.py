import base64
import hashlib
import hmac
import json
import secrets
import time

from app.core.config import settings
from app.models import User


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, settings.pbkdf2_iterations)
    return f"{base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(user: User, password: str) -> bool:
    salt_b64, _, digest_b64 = user.hashed_password.partition("$")
    expected = base64.b64decode(digest_b64)
    actual = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt_b64), settings.pbkdf2_iterations
    )
    return hmac.compare_digest(actual, expected)


def issue_access_token(user: User) -> str:
    claims = {"sub": str(user.id), "exp": int(time.time()) + settings.access_token_minutes * 60}
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
    sig = hmac.new(settings.token_secret.encode(), body, hashlib.sha256).hexdigest()
    return f"{body.decode()}.{sig}"
