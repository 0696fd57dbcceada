"""Plain-text summary printed after an import."""

from __future__ import annotations

from wxingest.readings import DailyStats
from wxingest.stations import StationMeta


def station_line(meta: StationMeta) -> str:
    elevation = f"{meta.elevation_m:.0f} m" if meta.elevation_m is not None else "n/a"
    return (
        f"{meta.station_id} {meta.name} "
        f"({meta.latitude:.4f}, {meta.longitude:.4f}, {elevation})"
    )


def render_summary(meta: StationMeta, stats: DailyStats) -> str:
    lines = [
        station_line(meta),
        f"  observations : {stats.count}",
        f"  temperature  : min {stats.t_min:.1f} / mean {stats.t_mean:.1f} / max {stats.t_max:.1f} C",
        f"  rain         : {stats.rain_total:.1f} mm",
    ]
    return "\n".join(lines)
