from __future__ import annotations

import argparse
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from .backends import LocalBackend


@dataclass(frozen=True)
class PushPlan:
    source: Path
    backend: LocalBackend
    retries: int
    dry_run: bool


def plan_from_args(args: argparse.Namespace) -> PushPlan:
    return PushPlan(
        source=args.source,
        backend=LocalBackend(args.target),
        retries=args.max_retries,
        dry_run=args.dry_run,
    )


def _upload(plan: PushPlan, key: str, path: Path) -> None:
    for attempt in range(plan.retries + 1):
        try:
            plan.backend.put(key, path)
            return
        except OSError:
            if attempt == plan.retries:
                raise
            time.sleep(0.5 * 2**attempt)


def push(plan: PushPlan) -> list[str]:
    changed = []
    for path in sorted(p for p in plan.source.rglob("*") if p.is_file()):
        key = path.relative_to(plan.source).as_posix()
        if plan.backend.digest(key) == hashlib.sha256(path.read_bytes()).hexdigest():
            continue
        changed.append(key)
        if not plan.dry_run:
            _upload(plan, key, path)
    return changed
