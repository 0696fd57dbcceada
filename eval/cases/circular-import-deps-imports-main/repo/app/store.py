from __future__ import annotations

import secrets
import string

_ALPHABET = string.ascii_letters + string.digits


class LinkStore:
    def __init__(self) -> None:
        self._links: dict[str, str] = {}
        self._hits: dict[str, int] = {}

    def create(self, url: str) -> str:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(7))
        self._links[code] = url
        self._hits[code] = 0
        return code

    def resolve(self, code: str) -> str | None:
        url = self._links.get(code)
        if url is not None:
            self._hits[code] += 1
        return url

    def hits(self, code: str) -> int | None:
        return self._hits.get(code)


store = LinkStore()
