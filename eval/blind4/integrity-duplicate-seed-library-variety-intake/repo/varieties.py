from __future__ import annotations

from sqlmodel import Session, select

from models import Variety
from naming import canonical_crop, canonical_variety


class VarietyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, name: str) -> Variety | None:
        return self.session.exec(select(Variety).where(Variety.name == name.strip())).first()

    def create(self, name: str, crop: str) -> Variety:
        variety = Variety(name=canonical_variety(name), crop=canonical_crop(crop))
        self.session.add(variety)
        self.session.flush()
        return variety

    def get_or_create(self, name: str, crop: str) -> Variety:
        return self.find(name) or self.create(name, crop)

    def all(self) -> list[Variety]:
        return list(self.session.exec(select(Variety).order_by(Variety.name)))
