"""Human-friendly ticket references, printed on tickets and read out over the phone."""

from __future__ import annotations

from tickets.models import Performance


def ticket_reference(performance: Performance, seat_label: str) -> str:
    """E.g. ``LIGHTHOUSE-261203-C12``."""
    slug = performance.show.slug.upper().replace("-", "")[:10]
    return f"{slug}-{performance.starts_at:%y%m%d}-{seat_label.upper()}"
