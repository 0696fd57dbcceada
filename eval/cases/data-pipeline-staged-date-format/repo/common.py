"""Shared constants for the station pipeline scripts."""

from pathlib import Path

STAGING_DIR = Path("staging")
# format of the `date` field in every staged file
STAGED_DATE_FMT = "%Y-%m-%d"
# how each station's logger writes dates in its raw CSV
STATION_DATE_FMT = {
    "LYS": "%d/%m/%Y",
    "BRN": "%Y-%m-%d",
}
