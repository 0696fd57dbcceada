"""Demo catalogue loaded on first start."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursery.models import Category, Plant

CATALOGUE = {
    "Houseplants": [
        ("FICUS-LYR-21", "Fiddle-leaf fig", "Ficus lyrata", 21, Decimal("34.90"), 7),
        ("MONS-DEL-17", "Swiss cheese plant", "Monstera deliciosa", 17, Decimal("24.50"), 12),
    ],
    "Herbs": [
        ("ROSM-OFF-09", "Rosemary", "Salvia rosmarinus", 9, Decimal("4.20"), 40),
    ],
}


def seed_catalogue(session: Session) -> None:
    if session.scalar(select(Plant.id).limit(1)) is not None:
        return
    for category_name, rows in CATALOGUE.items():
        category = Category(name=category_name)
        session.add(category)
        for sku, common, botanical, pot, price, stock in rows:
            session.add(
                Plant(
                    sku=sku,
                    common_name=common,
                    botanical_name=botanical,
                    pot_size_cm=pot,
                    price=price,
                    stock=stock,
                    category=category,
                )
            )
    session.commit()
