"""Panel specs: the built-in list plus datasheet exports from distributors."""

from __future__ import annotations

import csv
from pathlib import Path

from pvdesign.models import PanelSpec

BUILTIN: dict[str, PanelSpec] = {
    "AX-410M": PanelSpec("AX-410M", 410, 37.4, 31.5, 13.9, -0.0027),
    "HL-380": PanelSpec("HL-380", 380, 35.1, 29.6, 13.4, -0.0029),
}


def parse_panel_row(row: dict[str, str]) -> PanelSpec:
    """One row of a distributor export (electrical values in mV / mA, coefficient in %/C)."""
    return PanelSpec(
        sku=row["sku"].strip(),
        pmax_w=float(row["pmax_w"]),
        voc_v=float(row["voc_mv"]),
        vmp_v=float(row["vmp_mv"]) / 1000,
        isc_a=float(row["isc_ma"]) / 1000,
        temp_coeff_voc=float(row["tc_voc_pct"]) / 100,
    )


def load_distributor_export(path: Path) -> dict[str, PanelSpec]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {spec.sku: spec for spec in map(parse_panel_row, csv.DictReader(fh))}


def panel_library(export: Path | None = None) -> dict[str, PanelSpec]:
    library = dict(BUILTIN)
    if export is not None and export.exists():
        library.update(load_distributor_export(export))
    return library
