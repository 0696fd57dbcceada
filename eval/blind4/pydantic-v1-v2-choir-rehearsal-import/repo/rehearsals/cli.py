"""Command line entry point: ``python -m rehearsals.cli show schedule.csv``."""
import argparse
from pathlib import Path

from .calendar import by_part, render
from .importer import load_term


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="rehearsals")
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print the term plan")
    show.add_argument("csv", type=Path)
    show.add_argument("--term", default="Spring term")
    show.add_argument("--by-part", action="store_true")
    args = parser.parse_args(argv)

    term = load_term(args.term, args.csv)
    if args.by_part:
        for part, rehearsals in sorted(by_part(term).items()):
            print(f"{part}: {len(rehearsals)} calls")
    else:
        print(render(term))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
