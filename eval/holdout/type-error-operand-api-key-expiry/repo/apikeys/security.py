from __future__ import annotations

from datetime import datetime

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from apikeys.store import KeyRecord, keys

bearer = HTTPBearer(auto_error=False)


def is_usable(record: KeyRecord) -> bool:
    if record.revoked:
        return False
    if record.expires_at is not None and record.expires_at <= datetime.utcnow():
        return False
    return True


def require_key(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> KeyRecord:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing API key")
    record = keys.lookup(creds.credentials)
    if record is None or not is_usable(record):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid or expired API key")
    return record


def require_scope(scope: str):
    def checker(record: KeyRecord = Depends(require_key)) -> KeyRecord:
        if scope not in record.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"key lacks scope {scope!r}")
        return record
    return checker
