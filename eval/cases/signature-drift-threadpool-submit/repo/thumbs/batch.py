from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from .imaging import make_thumbnail

log = logging.getLogger(__name__)

SIZES = (64, 256)


def schedule(pool: ThreadPoolExecutor, sources: list[Path], out_dir: Path) -> dict[Future[Path], Path]:
    futures: dict[Future[Path], Path] = {}
    for source in sources:
        for box in SIZES:
            futures[pool.submit(make_thumbnail, source, box)] = source
    return futures


def generate(src_dir: Path, out_dir: Path, workers: int = 4) -> list[Path]:
    sources = sorted(src_dir.glob("*.pgm"))
    out_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="thumb") as pool:
        futures = schedule(pool, sources, out_dir)
        written = [fut.result() for fut in futures]
    log.info("%d thumbnails for %d photos", len(written), len(sources))
    return written
