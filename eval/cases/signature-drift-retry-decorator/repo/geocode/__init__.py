from .client import GeoClient, Location

__all__ = ["GeoClient", "Location"]
