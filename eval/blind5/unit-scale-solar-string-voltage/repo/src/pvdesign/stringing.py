"""Series string sizing against the inverter's DC voltage window."""

from __future__ import annotations

import math

from pvdesign.models import InverterSpec, PanelSpec, StringPlan

STC_TEMP_C = 25.0


def cold_voc(panel: PanelSpec, site_min_temp_c: float) -> float:
    """Open-circuit voltage of one module on the coldest expected morning."""
    return panel.voc_v * (1 + panel.temp_coeff_voc * (site_min_temp_c - STC_TEMP_C))


def plan_strings(
    panel: PanelSpec, count: int, inverter: InverterSpec, site_min_temp_c: float = -10.0
) -> StringPlan:
    """Split ``count`` modules into equal strings that stay under the inverter's max DC voltage."""
    voc = cold_voc(panel, site_min_temp_c)
    max_in_series = math.floor(inverter.max_dc_v / voc)
    strings = math.ceil(count / max_in_series)
    per_string = math.ceil(count / strings)
    return StringPlan(
        panels_per_string=per_string,
        strings=strings,
        string_voc_cold_v=round(per_string * voc, 1),
        inverter=inverter.model,
    )
