"""Generate the field reference of docs/api/models.md from the pydantic models.

Usage: python -m tools.schema_doc > docs/api/models.md
"""

from __future__ import annotations

import sys
from typing import Any

from pydantic import BaseModel

from booking.schemas import Guest, Reservation, ReservationRequest

MODELS: list[type[BaseModel]] = [ReservationRequest, Guest, Reservation]


def type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def field_rows(model: type[BaseModel]) -> list[str]:
    rows = []
    for name, field in model.__fields__.items():
        required = "yes" if field.required else "no"
        description = field.field_info.description or ""
        rows.append(f"| `{name}` | `{type_name(field.outer_type_)}` | {required} | {description} |")
    return rows


def render(models: list[type[BaseModel]]) -> str:
    out = ["# Booking API models", ""]
    for model in models:
        out += [f"## {model.__name__}", "", (model.__doc__ or "").strip(), ""]
        out += ["| field | type | required | description |", "|---|---|---|---|"]
        out += field_rows(model)
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(render(MODELS))
