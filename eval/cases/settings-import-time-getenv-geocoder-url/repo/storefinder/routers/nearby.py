from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from storefinder import settings
from storefinder.clients.geocoder import GeocoderClient, get_geocoder
from storefinder.stores import nearest

router = APIRouter(tags=["stores"])


@router.get("/stores/nearby")
def stores_nearby(
    address: str = Query(..., min_length=3),
    geocoder: GeocoderClient = Depends(get_geocoder),
) -> list[dict[str, object]]:
    origin = geocoder.geocode(address)
    if origin is None:
        raise HTTPException(404, "address not found")
    return [
        {"id": store.id, "name": store.name, "distance_km": round(km, 1)}
        for store, km in nearest(origin, settings.MAX_RESULTS)
    ]
