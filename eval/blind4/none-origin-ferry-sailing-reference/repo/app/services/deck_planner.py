"""Vehicle deck allocation for a sailing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Sailing, VehicleBooking
from app.repositories import SailingRepository
from app.schemas import VehicleBookingIn

# Space kept free between vehicles parked in the same lane.
LANE_GAP_M = 0.5


class DeckFull(Exception):
    def __init__(self, reference: str, needed: float, left: float) -> None:
        super().__init__(f"sailing {reference}: needs {needed:.1f} m, {left:.1f} m left")
        self.reference = reference


class DeckPlanner:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.sailings = SailingRepository(session)

    def lane_metres_left(self, sailing: Sailing) -> float:
        used = sum(b.length_m + LANE_GAP_M for b in sailing.bookings)
        return round(sailing.vehicle_deck_m - used, 2)

    def reserve(self, reference: str, request: VehicleBookingIn) -> tuple[VehicleBooking, float]:
        sailing = self.sailings.by_reference(reference)
        needed = request.length_m + LANE_GAP_M
        left = self.lane_metres_left(sailing)
        if needed > left:
            raise DeckFull(reference, needed, left)

        booking = VehicleBooking(
            sailing=sailing,
            registration=request.registration.upper().replace(" ", ""),
            vehicle_type=request.vehicle_type,
            length_m=request.length_m,
        )
        self.session.add(booking)
        self.session.commit()
        return booking, round(left - needed, 2)
