"""Print shipping labels for every pending shipment.

Usage: python -m shipping.labels
"""
from __future__ import annotations

import os

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from shipping.models import Shipment


def label_for(shipment: Shipment) -> str:
    carrier = shipment.carrier_code.upper()
    kilos = shipment.weight_grams / 1000
    return f"[{carrier}] {shipment.tracking_no} -> {shipment.recipient} ({kilos:.2f} kg)"


def main() -> None:
    engine = create_engine(os.environ.get("SHIPPING_DB_URL", "sqlite:///shipping.db"))
    with Session(engine) as session:
        for shipment in session.scalars(select(Shipment).order_by(Shipment.id)):
            print(label_for(shipment))


if __name__ == "__main__":
    main()
