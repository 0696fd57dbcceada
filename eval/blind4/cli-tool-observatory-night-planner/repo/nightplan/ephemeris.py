"""Rough ephemeris for the site: good enough for queue planning, not for pointing."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

SITE_LATITUDE_DEG = 31.96
SITE_LONGITUDE_DEG = -111.6


def dark_window(night: date) -> tuple[datetime, datetime]:
    """Approximate astronomical twilight (UTC) for the evening of ``night``."""
    day_of_year = night.timetuple().tm_yday
    swing = math.cos(2 * math.pi * (day_of_year - 172) / 365.25)
    dusk_hour = 2.1 + 1.1 * swing
    dawn_hour = 12.4 - 1.1 * swing
    start = datetime.combine(night + timedelta(days=1), datetime.min.time()) + timedelta(hours=dusk_hour)
    end = datetime.combine(night + timedelta(days=1), datetime.min.time()) + timedelta(hours=dawn_hour)
    return start, end


def local_sidereal_deg(when: datetime) -> float:
    j2000 = datetime(2000, 1, 1, 12)
    days = (when - j2000).total_seconds() / 86400
    return (280.46061837 + 360.98564736629 * days + SITE_LONGITUDE_DEG) % 360


def altitude_deg(ra_deg: float, dec_deg: float, when: datetime) -> float:
    hour_angle = math.radians(local_sidereal_deg(when) - ra_deg)
    lat, dec = math.radians(SITE_LATITUDE_DEG), math.radians(dec_deg)
    sin_alt = math.sin(lat) * math.sin(dec) + math.cos(lat) * math.cos(dec) * math.cos(hour_angle)
    return math.degrees(math.asin(sin_alt))
