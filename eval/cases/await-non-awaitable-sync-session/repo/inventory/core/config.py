import os

DATABASE_URL = os.getenv("INVENTORY_DATABASE_URL", "sqlite:///./inventory.db")
LOW_STOCK_THRESHOLD = int(os.getenv("INVENTORY_LOW_STOCK", "5"))
