from __future__ import annotations

import logging
from decimal import Decimal

from .models import Manifest, Parcel
from .rates import shipping_cost

log = logging.getLogger(__name__)


def price_parcel(parcel: Parcel) -> Decimal:
    return shipping_cost(parcel.weight_kg, parcel.country, express=parcel.express)


def price_manifest(manifest: Manifest) -> dict[str, Decimal]:
    prices = {}
    for parcel in manifest.parcels:
        prices[parcel.order_id] = price_parcel(parcel)
    log.info("%s: priced %d parcels", manifest.carrier, len(prices))
    return prices
