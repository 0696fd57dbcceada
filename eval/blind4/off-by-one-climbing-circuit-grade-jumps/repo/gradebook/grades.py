"""Boulder grades (V scale) and the points the gym's league awards for them."""

from __future__ import annotations

V_SCALE = ["VB", "V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10"]


class UnknownGrade(ValueError):
    pass


def to_points(grade: str) -> int:
    grade = grade.strip().upper()
    if grade.endswith("+") or grade.endswith("-"):
        grade = grade[:-1]
    try:
        return V_SCALE.index(grade) * 100
    except ValueError:
        raise UnknownGrade(grade) from None
