"""Turn a site survey into a priced quote."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from solarquote.layout import FaceLayout, layout_face
from solarquote.panels import Panel, get_panel
from solarquote.roof import RoofFace, orientation_factor, usable_area

SPECIFIC_YIELD_KWH_PER_KWP = 950.0
LABOUR_PER_PANEL = 55.0
SCAFFOLD_FLAT_FEE = 650.0


@dataclass
class Quote:
    customer: str
    panel: Panel
    faces: list[FaceLayout] = field(default_factory=list)
    annual_kwh: float = 0.0

    @property
    def panel_count(self) -> int:
        return sum(f.panel_count for f in self.faces)

    @property
    def kwp(self) -> float:
        return round(sum(f.kwp for f in self.faces), 2)

    @property
    def total(self) -> float:
        n = self.panel_count
        return round(n * (self.panel.unit_cost + LABOUR_PER_PANEL) + SCAFFOLD_FLAT_FEE, 2)


def load_survey(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def build_quote(survey: dict) -> Quote:
    panel = get_panel(survey["panel_sku"])
    quote = Quote(customer=survey["customer"], panel=panel)
    for raw in survey["roof_faces"]:
        face = RoofFace(
            name=raw["name"],
            width_m=float(raw["width_m"]),
            depth_m=float(raw["depth_m"]),
            pitch_deg=float(raw.get("pitch_deg", 0.0)),
            azimuth_deg=float(raw.get("azimuth_deg", 180.0)),
        )
        area = usable_area(face)
        placed = layout_face(face.name, area, panel, limit=raw.get("max_panels"))
        quote.faces.append(placed)
        quote.annual_kwh += placed.kwp * SPECIFIC_YIELD_KWH_PER_KWP * orientation_factor(face)
    quote.annual_kwh = round(quote.annual_kwh)
    return quote
