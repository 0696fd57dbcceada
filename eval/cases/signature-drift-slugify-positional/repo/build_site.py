"""Build the static blog: python build_site.py <content dir> <output dir>."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from blog.posts import load_post
from blog.render import write_post

log = logging.getLogger("build")


def build(content: Path, out_dir: Path) -> int:
    failures = 0
    for path in sorted(content.glob("*.md")):
        try:
            post = load_post(path)
            target = write_post(post, out_dir)
        except Exception:
            log.exception("could not build %s", path.name)
            failures += 1
            continue
        log.info("wrote %s", target.relative_to(out_dir))
    return failures


def main() -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s [%(name)s] %(message)s",
    )
    content, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    failures = build(content, out_dir)
    if failures:
        log.error("%d post(s) failed", failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
