from __future__ import annotations

import argparse
import sys

from .summary import level_counts, noisiest_loggers, records


def main() -> int:
    ap = argparse.ArgumentParser(prog="logsift")
    ap.add_argument("command", choices=["summary"])
    ap.add_argument("logfile", type=argparse.FileType("r", encoding="utf-8"))
    ap.add_argument("--top", type=int, default=3)
    args = ap.parse_args()

    with args.logfile as fh:
        recs = records(fh)
    for level, count in level_counts(recs).items():
        print(f"{level:<9}{count:>6}")
    for name, count in noisiest_loggers(recs, args.top):
        print(f"  {name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
