from .shipping import shipping_cost, zone_for
from .tax import vat_rate

__all__ = ["shipping_cost", "vat_rate", "zone_for"]
