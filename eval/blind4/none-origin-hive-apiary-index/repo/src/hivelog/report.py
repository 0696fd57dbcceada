"""Latest-inspection report, one line per hive, grouped by region."""

from __future__ import annotations

from collections import defaultdict

from hivelog.advice import treatment_advice
from hivelog.records import Apiary, Hive, Inspection


def latest_inspections(inspections: list[Inspection]) -> dict[str, Inspection]:
    latest: dict[str, Inspection] = {}
    for inspection in sorted(inspections, key=lambda i: i.inspected_on):
        latest[inspection.hive_id] = inspection
    return latest


def build_report(
    hives: list[Hive],
    inspections: list[Inspection],
    apiaries: dict[str, Apiary],
) -> dict[str, list[str]]:
    latest = latest_inspections(inspections)
    lines: dict[str, list[str]] = defaultdict(list)
    for hive in sorted(hives, key=lambda h: h.hive_id):
        inspection = latest.get(hive.hive_id)
        if inspection is None:
            continue
        apiary = apiaries.get(hive.apiary_id)
        advice = treatment_advice(inspection, apiary)
        lines[apiary.region].append(
            f"{hive.hive_id:<6} {inspection.inspected_on} brood={inspection.brood_frames} "
            f"varroa={inspection.varroa_per_100:.1f} -> {advice}"
        )
    return dict(lines)
