"""In-memory LIMS store used by the clinic-facing API.

The production deployment swaps this for the LIMS gateway; the shape of the
records is the same.
"""

from __future__ import annotations

from datetime import datetime

SAMPLES: dict[str, dict] = {
    "VS-24-00871": {
        "species": "canine",
        "clinic": "Harbourside Vets",
        "received_at": datetime(2024, 5, 2, 9, 14),
    },
    "VS-24-00872": {
        "species": "feline",
        "clinic": "Meadow Lane Practice",
        "received_at": datetime(2024, 5, 2, 9, 40),
    },
}

ASSAY_RUNS: dict[tuple[str, str], dict] = {
    ("VS-24-00871", "renal"): {
        "completed_at": datetime(2024, 5, 2, 13, 5),
        "instrument": "catalyst-2",
        "results": [
            {"code": "CREA", "value": 142.0, "unit": "umol/L", "ref": (44.0, 159.0)},
            {"code": "BUN", "value": 11.8, "unit": "mmol/L", "ref": (2.5, 9.6)},
            {"code": "SDMA", "value": 14.0, "unit": "ug/dL", "ref": (0.0, 14.0)},
        ],
    },
}


def get_sample(sample_id: str) -> dict | None:
    return SAMPLES.get(sample_id)


def get_assay_run(sample_id: str, panel: str) -> dict | None:
    return ASSAY_RUNS.get((sample_id, panel))
