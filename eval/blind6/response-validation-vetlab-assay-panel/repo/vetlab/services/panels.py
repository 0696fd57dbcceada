"""Turn raw analyser output into the panel summaries clinics read."""

from __future__ import annotations

from vetlab import store


class PanelNotFound(LookupError):
    pass


def _is_out_of_range(value: float, ref: tuple[float, float]) -> bool:
    low, high = ref
    return value < low or value > high


def _reading(result: dict) -> dict:
    return {
        "analyte_code": result["code"],
        "value": round(result["value"], 2),
        "unit": result["unit"],
        "flagged": _is_out_of_range(result["value"], result["ref"]),
    }


def panel_summary(sample_id: str, panel: str) -> dict:
    sample = store.get_sample(sample_id)
    run = store.get_assay_run(sample_id, panel)
    if sample is None or run is None:
        raise PanelNotFound(f"{sample_id}/{panel}")
    return {
        "sample_id": sample_id,
        "panel": panel,
        "species": sample["species"],
        "completed_at": run["completed_at"],
        "readings": [_reading(r) for r in run["results"]],
    }
