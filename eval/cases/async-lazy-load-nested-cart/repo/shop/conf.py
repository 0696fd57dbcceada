import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ShopConfig:
    db_url: str = os.environ.get("SHOP_DB_URL", "sqlite+aiosqlite:///shop.sqlite3")
    free_shipping_over_cents: int = 5000
    shipping_cents: int = 490


config = ShopConfig()
