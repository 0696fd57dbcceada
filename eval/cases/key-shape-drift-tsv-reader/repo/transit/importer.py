"""python -m transit.importer <feed dir>"""

from __future__ import annotations

import sys
from pathlib import Path

from .stops import Stop, parse_stop
from .tables import read_table


class FeedError(Exception):
    pass


def import_stops(feed_dir: Path) -> list[Stop]:
    path = feed_dir / "stops.tsv"
    stops = []
    for line_no, fields in read_table(path):
        try:
            stops.append(parse_stop(fields))
        except (IndexError, ValueError) as exc:
            raise FeedError(f"{path.name}:{line_no}: cannot parse stop {fields!r}") from exc
    return stops


def main(argv: list[str]) -> int:
    stops = import_stops(Path(argv[0]))
    accessible = sum(s.wheelchair for s in stops)
    print(f"{len(stops)} stops imported ({accessible} step-free)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
