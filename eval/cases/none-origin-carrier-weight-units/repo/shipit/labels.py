from __future__ import annotations

import json
from pathlib import Path

from shipit.carriers import Label, pick_carrier
from shipit.parcels import address_for_order, parcel_for_order


def label_for_order_file(path: Path) -> Label:
    order = json.loads(path.read_text(encoding="utf-8"))
    parcel = parcel_for_order(order)
    carrier = pick_carrier(parcel)
    return carrier.create_label(parcel, address_for_order(order))


def render(label: Label) -> str:
    body = "\n".join(label.lines)
    return f"{label.carrier}  {label.tracking_number}  EUR {label.price}\n{body}\n"
