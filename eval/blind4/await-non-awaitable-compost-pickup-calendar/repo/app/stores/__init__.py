from app.stores.base import PickupStore, RouteStop
from app.stores.memory import InMemoryPickupStore

__all__ = ["InMemoryPickupStore", "PickupStore", "RouteStop"]
