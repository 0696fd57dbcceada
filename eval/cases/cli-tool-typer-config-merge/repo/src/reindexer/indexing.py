from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .settings import ReindexSettings


def read_documents(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def batches(docs: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(docs), size):
        yield docs[start : start + size]


def bulk_body(index: str, batch: list[dict[str, Any]]) -> str:
    lines = []
    for doc in batch:
        lines.append(json.dumps({"index": {"_index": index, "_id": doc["id"]}}))
        lines.append(json.dumps(doc))
    return "\n".join(lines) + "\n"


def reindex(settings: ReindexSettings, root: Path) -> int:
    docs = read_documents(root / settings.source)
    sent = 0
    for batch in batches(docs, settings.batch_size):
        body = bulk_body(settings.index, batch)
        sent += body.count("\n") // 2
    return sent
