"""Price a few carts the way the storefront does at the payment step."""
from __future__ import annotations

import logging

from .cart import Cart
from .totals import Address, compute_totals

log = logging.getLogger("checkout")

ORDERS = [
    ("ord_9001", Address("DE"), [("BK-PY", "39.90", 1)]),
    ("ord_9002", Address("US", "CA"), [("BK-PY", "39.90", 2), ("ST-01", "2.50", 4)]),
    ("ord_9003", Address("GB"), [("BK-RS", "44.00", 1)]),
]

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
    for order_id, address, lines in ORDERS:
        cart = Cart()
        for sku, price, qty in lines:
            cart.add(sku, price, qty)
        try:
            totals = compute_totals(cart, address)
        except Exception:
            log.exception("pricing failed for %s", order_id)
            continue
        log.info("%s: subtotal=%s tax=%s total=%s", order_id, totals.subtotal, totals.tax, totals.total)
