"""Weekly digest composition."""
from __future__ import annotations

from typing import Any

from app.store import AccountStore

SUBJECT = "Your weekly digest"


def build_context(store: AccountStore, account_id: int, items: list[str]) -> dict[str, Any]:
    return {
        "account": store.fetch(account_id),
        "items": items,
        "subject": SUBJECT,
    }


def render(context: dict[str, Any]) -> dict[str, str]:
    account = context["account"]
    body = "\n".join(f"- {item}" for item in context["items"])
    return {
        "to": account.email,
        "subject": context["subject"],
        "body": f"Hi {account.display_name},\n\n{body}\n",
    }
