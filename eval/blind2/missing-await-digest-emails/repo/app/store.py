"""In-process user store (stands in for the accounts service client)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class Account:
    id: int
    email: str
    display_name: str
    digest_opt_in: bool = True


class AccountStore:
    def __init__(self) -> None:
        self._rows = {
            1: Account(1, "mira@example.org", "Mira"),
            2: Account(2, "tom@example.org", "Tom", digest_opt_in=False),
        }

    async def fetch(self, account_id: int) -> Account | None:
        await asyncio.sleep(0)
        return self._rows.get(account_id)


store = AccountStore()
