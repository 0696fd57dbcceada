"""Build the fulfilment message the warehouse side consumes from a shop order."""
from __future__ import annotations

from typing import Any

from fulfil.catalog import BUNDLES


def expand_line(line: dict[str, Any]) -> list[dict[str, Any]]:
    sku, quantity = line["sku"], int(line["quantity"])
    components = BUNDLES.get(sku)
    if components is None:
        return [{"sku": sku, "quantity": quantity}]
    return [
        {"sku": part, "qty": per_bundle * quantity, "bundle": sku}
        for part, per_bundle in components
    ]


def fulfilment_message(order: dict[str, Any]) -> dict[str, Any]:
    lines: list[dict[str, Any]] = []
    for line in order["lines"]:
        lines.extend(expand_line(line))
    return {
        "order_id": order["id"],
        "ship_to": {"name": order["customer"], "country": order["country"]},
        "lines": lines,
    }
