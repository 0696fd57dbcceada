"""Standard parcel contents, per person, and unit weights from the warehouse sheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StockItem:
    sku: str
    name: str
    weight_kg: float


PASTA = StockItem("DRY-014", "pasta 500g", 0.5)
TINNED_TOMATO = StockItem("TIN-003", "chopped tomatoes 400g", 0.42)
RICE = StockItem("DRY-020", "rice 1kg", 1.0)
UHT_MILK = StockItem("UHT-001", "UHT milk 1l", 1.03)
BEANS = StockItem("TIN-011", "baked beans 415g", 0.45)
CEREAL = StockItem("DRY-031", "cereal 375g", 0.4)
NAPPIES = StockItem("HYG-007", "nappies pack", 0.9)

PER_PERSON = [PASTA, TINNED_TOMATO, BEANS, UHT_MILK]
PER_HOUSEHOLD = [RICE, CEREAL]
