"""Section balance for a concert line-up.

The music director wants roughly 1 tenor for every 1.3 basses and warns below
three singers in any section.
"""
from collections import Counter
from dataclasses import dataclass

from choirhub.models import Section, Singer

TARGET_TENOR_BASS = 1 / 1.3
MIN_PER_SECTION = 3


@dataclass(frozen=True)
class Balance:
    counts: dict[str, int]
    tenor_bass_ratio: float
    warnings: list[str]


def voice_balance(singers: list[Singer]) -> Balance:
    counts = Counter(s.section for s in singers)
    warnings = [
        f"only {counts[section]} in {section.name.lower()}"
        for section in Section
        if counts[section] < MIN_PER_SECTION
    ]
    ratio = counts[Section.TENOR] / counts[Section.BASS]
    if ratio < TARGET_TENOR_BASS * 0.8:
        warnings.append("tenors will be covered by the basses")
    return Balance(
        counts={section.value: counts[section] for section in Section},
        tenor_bass_ratio=round(ratio, 2),
        warnings=warnings,
    )
