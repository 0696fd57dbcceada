"""Days-of-supply report for the dock office."""

from __future__ import annotations

from fueldock.models import DailyDraw, Tank, TankReading


def days_of_supply(tank: Tank, reading: TankReading, draw: DailyDraw | None) -> float | None:
    """How many days until the tank reaches its reorder level at the current draw."""
    if draw is None or draw.litres_per_day <= 0:
        return None
    usable = reading.level_litres - tank.reorder_litres
    return max(usable, 0.0) / draw.litres_per_day


def format_row(tank: Tank, reading: TankReading, days: float | None) -> str:
    days_text = "n/a" if days is None else f"{days:5.1f} d"
    return f"{tank.code:<4}{tank.product:<16}{reading.taken_at:%d %b %H:%M}  {days_text}"
