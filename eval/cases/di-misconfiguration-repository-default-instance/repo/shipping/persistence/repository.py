from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from shipping.persistence.engine import SessionFactory
from shipping.persistence.tables import ShipmentRow


class ShipmentRepository:
    def __init__(self, session_factory: sessionmaker[Session] = SessionFactory) -> None:
        self._session_factory = session_factory

    def add(self, destination_country: str, weight_kg: float, carrier: str) -> ShipmentRow:
        row = ShipmentRow(
            reference="SHP-" + secrets.token_hex(4).upper(),
            destination_country=destination_country,
            weight_kg=weight_kg,
            carrier=carrier,
        )
        with self._session_factory.begin() as session:
            session.add(row)
        return row

    def by_reference(self, reference: str) -> ShipmentRow | None:
        with self._session_factory() as session:
            return session.scalar(select(ShipmentRow).where(ShipmentRow.reference == reference))


def get_repository() -> ShipmentRepository:
    return ShipmentRepository()
