from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PanelSpec:
    sku: str
    pmax_w: float
    voc_v: float
    vmp_v: float
    isc_a: float
    temp_coeff_voc: float  # fraction per degree C, negative


@dataclass(frozen=True)
class InverterSpec:
    model: str
    ac_kw: float
    max_dc_v: float
    mppt_min_v: float
    mppt_max_v: float
    mppt_inputs: int
    max_input_a: float


@dataclass(frozen=True)
class StringPlan:
    panels_per_string: int
    strings: int
    string_voc_cold_v: float
    inverter: str
