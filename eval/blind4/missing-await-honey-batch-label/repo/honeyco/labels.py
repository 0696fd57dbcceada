"""Jar labels, following the co-op's labelling rules for raw honey."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from honeyco.models import HoneyBatch

BEST_BEFORE = timedelta(days=2 * 365)


@dataclass(frozen=True)
class JarLabel:
    title: str
    origin: str
    lot: str
    best_before: date


def render_label(batch: HoneyBatch, producer: str) -> JarLabel:
    source = batch.floral_source.strip().title()
    return JarLabel(
        title=f"{source} Honey",
        origin=f"Produced by {producer}, {batch.apiary}",
        lot=f"L{batch.code}",
        best_before=batch.extracted_on + BEST_BEFORE,
    )
