from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, Header, HTTPException, status

from wallcrew.staff import STAFF_TOKENS, Staff


def current_staff(x_staff_token: str = Header()) -> Staff:
    staff = STAFF_TOKENS.get(x_staff_token)
    if staff is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown staff token")
    return staff


def require_role(role: str = "setter") -> Callable[[Staff], Staff]:
    """Build a dependency that lets through staff holding at least ``role``."""

    def checker(staff: Staff = Depends(current_staff)) -> Staff:
        if not staff.has_role(role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{role} role required")
        return staff

    return checker
