from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from salesetl.records import OrderLine


def write_jsonl(lines: Iterable[OrderLine], target: Path) -> int:
    count = 0
    with target.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line.model_dump(mode="json")) + "\n")
            count += 1
    return count
