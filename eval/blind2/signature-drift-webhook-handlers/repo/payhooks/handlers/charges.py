from __future__ import annotations

from payhooks.context import HandlerContext


def on_charge_succeeded(event: dict, ctx: HandlerContext) -> None:
    charge = event["data"]
    ctx.ledger.append({"type": "credit", "amount": charge["amount"], "ref": charge["id"]})


def on_charge_failed(event: dict, ctx: HandlerContext) -> None:
    ctx.logger.warning("charge %s failed: %s", event["data"]["id"], event["data"].get("reason"))
