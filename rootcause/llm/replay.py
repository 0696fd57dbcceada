"""Record/replay of model replies, so an eval can be re-scored without calling the model.

A reply is stored under ``<dir>/<key>.json`` where ``key`` is the SHA-256 of the model name
and the exact (already redacted) first-request messages. Only replies that validated are
recorded; a changed prompt, model or context gives a new key (a miss).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1


def request_key(model: str, messages: list[dict[str, str]]) -> str:
    payload = json.dumps(
        {"v": FORMAT_VERSION, "model": model, "messages": messages},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RecordedReply:
    model: str
    content: str
    prompt_tokens: int
    completion_tokens: int


class ReplayCache:
    """A folder of recorded replies (safe for concurrent writers: atomic renames)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str) -> RecordedReply | None:
        try:
            data: Any = json.loads(self.path(key).read_text(encoding="utf-8"))
            return RecordedReply(
                model=str(data["model"]),
                content=str(data["content"]),
                prompt_tokens=int(data.get("prompt_tokens", 0)),
                completion_tokens=int(data.get("completion_tokens", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, reply: RecordedReply) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        data = {
            "version": FORMAT_VERSION,
            "model": reply.model,
            "content": reply.content,
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
        }
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
