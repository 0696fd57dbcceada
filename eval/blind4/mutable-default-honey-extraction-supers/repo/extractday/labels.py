"""Jar label text. Raw honey from one apiary may name it on the label."""

from __future__ import annotations

import math

from extractday.models import HoneyBatch

JAR_NET_KG = 0.454


def origin_line(batch: HoneyBatch) -> str:
    (apiary,) = {record.apiary for record in batch.supers}
    return f"{batch.floral_source.title()} honey from {apiary}"


def label_lines(batch: HoneyBatch) -> list[str]:
    jars = math.floor(batch.honey_kg / JAR_NET_KG)
    return [
        origin_line(batch),
        f"Lot {batch.lot}",
        f"{jars} jars x 454 g",
    ]
