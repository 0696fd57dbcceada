"""Parse the free-text label line typed in when a bottle is added to the cellar.

Labels look like ``"Domaine Tempier - Bandol Rouge 2016"`` or
``"Bollinger - Special Cuvée NV"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"^\s*(?P<producer>.+?)\s+-\s+(?P<cuvee>.+?)\s+(?P<vintage>(?:19|20)\d{2}|NV)\s*$",
    re.IGNORECASE,
)


class LabelError(ValueError):
    pass


@dataclass(frozen=True)
class LabelInfo:
    producer: str
    cuvee: str
    vintage: int | None


def parse_label(text: str) -> LabelInfo:
    match = _LABEL.match(text)
    if match is None:
        raise LabelError(f"cannot read label {text!r}")
    raw_vintage = match.group("vintage")
    vintage = None if raw_vintage.upper() == "NV" else raw_vintage
    return LabelInfo(
        producer=match.group("producer").strip(),
        cuvee=match.group("cuvee").strip(),
        vintage=vintage,
    )
