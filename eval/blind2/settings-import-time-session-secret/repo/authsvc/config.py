from __future__ import annotations

import os

SECRET_KEY = os.environ.get("AUTH_SECRET_KEY")
TOKEN_TTL_SECONDS = int(os.environ.get("AUTH_TOKEN_TTL", "3600"))
ISSUER = os.environ.get("AUTH_ISSUER", "authsvc")
