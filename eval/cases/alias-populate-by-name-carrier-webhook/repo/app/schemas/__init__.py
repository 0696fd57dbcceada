from app.schemas.events import ShipmentStatus, TrackingEvent

__all__ = ["ShipmentStatus", "TrackingEvent"]
