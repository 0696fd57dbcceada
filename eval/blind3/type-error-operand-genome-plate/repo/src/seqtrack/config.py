"""Facility settings read from an INI file (``seqtrack.ini``)."""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PlateSettings:
    rows: int
    columns: int
    controls: tuple[str, ...]
    fill: str  # "row" or "column"


@dataclass(frozen=True)
class Settings:
    lab_code: str
    plate: PlateSettings
    min_concentration_ng_ul: float


DEFAULTS = {
    "lab_code": "SEQ",
    "min_concentration_ng_ul": "2.0",
}


def load_settings(path: Path) -> Settings:
    parser = configparser.ConfigParser()
    if not parser.read(path, encoding="utf-8"):
        raise FileNotFoundError(path)
    main = parser["facility"] if parser.has_section("facility") else parser[parser.default_section]
    plate = parser["plate"]
    controls = tuple(c.strip() for c in plate.get("controls", "").split(",") if c.strip())
    return Settings(
        lab_code=main.get("lab_code", DEFAULTS["lab_code"]),
        plate=PlateSettings(
            rows=plate.getint("rows", 8),
            columns=plate.get("columns", 12),
            controls=controls,
            fill=plate.get("fill", "column"),
        ),
        min_concentration_ng_ul=main.getfloat(
            "min_concentration_ng_ul", float(DEFAULTS["min_concentration_ng_ul"])
        ),
    )
