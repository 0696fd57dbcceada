"""Staff authentication for the lab portal (tokens issued by the practice SSO)."""

from __future__ import annotations

from enum import Enum

from fastapi import Depends, Header, HTTPException, status
from pydantic import BaseModel


class Role(str, Enum):
    TECHNICIAN = "technician"
    LAB_MANAGER = "lab_manager"


class Staff(BaseModel):
    id: int
    name: str
    role: Role


STAFF_TOKENS: dict[str, Staff] = {
    "tok-tech-reyes": Staff(id=14, name="M. Reyes", role=Role.TECHNICIAN),
    "tok-mgr-okafor": Staff(id=2, name="A. Okafor", role=Role.LAB_MANAGER),
}


def current_staff(authorization: str = Header(default="")) -> Staff:
    scheme, _, token = authorization.partition(" ")
    staff = STAFF_TOKENS.get(token) if scheme.lower() == "bearer" else None
    if staff is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid or missing token")
    return staff


def require_manager(staff: Staff = Depends(current_staff)) -> Staff:
    if staff.role is not Role.LAB_MANAGER:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "lab manager role required")
    return staff
