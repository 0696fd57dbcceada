"""Varroa treatment advice, following the co-op's seasonal thresholds."""

from __future__ import annotations

from hivelog.records import Apiary, Inspection

# Mites per 100 bees above which a treatment is recommended.
THRESHOLDS = {"heather": 2.0, "orchard": 3.0, "borage": 3.0}
DEFAULT_THRESHOLD = 2.5


def treatment_advice(inspection: Inspection, apiary: Apiary) -> str:
    limit = THRESHOLDS.get(apiary.forage, DEFAULT_THRESHOLD)
    if inspection.varroa_per_100 >= limit:
        return f"treat (>= {limit:.1f} mites/100)"
    if inspection.varroa_per_100 >= limit * 0.75:
        return "monitor weekly"
    return "no action"
