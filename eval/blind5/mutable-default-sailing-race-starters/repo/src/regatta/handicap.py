"""Portsmouth Yardstick arithmetic."""
from __future__ import annotations


def corrected_seconds(elapsed_seconds: float, py_number: int) -> float:
    """Corrected time: elapsed * 1000 / PY, so slower classes get time back."""
    if py_number <= 0:
        raise ValueError(f"invalid PY number {py_number}")
    return elapsed_seconds * 1000 / py_number


def format_duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
