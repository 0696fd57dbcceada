from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from app.schemas import Exhibition
from app.services.availability import BookingService


@lru_cache
def get_booking_service() -> BookingService:
    return BookingService(
        [
            Exhibition(
                id=7,
                title="Lustre: Venetian Glass 1500-1800",
                gallery="East Wing 2",
                opens=date(2026, 10, 3),
                closes=date(2027, 2, 28),
                capacity_per_slot=40,
                adult_price=Decimal("18.00"),
                concession_price=Decimal("12.00"),
            )
        ]
    )
