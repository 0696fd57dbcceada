"""Gym staff and what they are allowed to do on the walls."""

from __future__ import annotations

from dataclasses import dataclass

ROLE_RANK = {"desk": 0, "setter": 1, "head_setter": 2, "manager": 3}


@dataclass(frozen=True)
class Staff:
    staff_id: int
    name: str
    role: str

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()).upper()

    def has_role(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


STAFF_TOKENS: dict[str, Staff] = {
    "tok-desk-7": Staff(7, "Lena Fischer", "desk"),
    "tok-set-12": Staff(12, "Marco Diaz", "setter"),
    "tok-head-3": Staff(3, "June Park", "head_setter"),
}
