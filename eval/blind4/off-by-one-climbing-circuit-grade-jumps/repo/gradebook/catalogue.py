"""Circuits currently on the walls (loaded from the setting spreadsheet export)."""

from __future__ import annotations

from gradebook.circuits import Problem

CIRCUITS: dict[str, list[Problem]] = {
    "yellow": [
        Problem(1, "VB", "slab"),
        Problem(2, "V0", "slab"),
        Problem(3, "V0", "arete"),
        Problem(4, "V1", "cave"),
    ],
    "purple": [
        Problem(3, "V4", "cave"),
        Problem(1, "V3", "prow"),
        Problem(2, "V3", "slab"),
        Problem(4, "V5", "cave"),
        Problem(5, "V5", "roof"),
    ],
}
