from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class KeyRecord:
    key_id: str
    owner: str
    digest: str
    scopes: frozenset[str]
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    expires_at: datetime | None = None
    revoked: bool = False


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class KeyStore:
    def __init__(self) -> None:
        self._by_id: dict[str, KeyRecord] = {}

    def issue(self, owner: str, scopes: set[str], ttl: timedelta | None = timedelta(days=90)) -> str:
        key_id = secrets.token_hex(4)
        secret = secrets.token_urlsafe(24)
        expires = datetime.now(timezone.utc) + ttl if ttl else None
        self._by_id[key_id] = KeyRecord(key_id, owner, _digest(secret), frozenset(scopes), expires_at=expires)
        return f"ak_{key_id}_{secret}"

    def lookup(self, token: str) -> KeyRecord | None:
        try:
            _, key_id, secret = token.split("_", 2)
        except ValueError:
            return None
        record = self._by_id.get(key_id)
        if record is None or not secrets.compare_digest(record.digest, _digest(secret)):
            return None
        return record

    def revoke(self, key_id: str) -> None:
        self._by_id[key_id].revoked = True


keys = KeyStore()
