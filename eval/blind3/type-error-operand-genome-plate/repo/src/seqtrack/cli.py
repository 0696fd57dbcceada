"""``python -m seqtrack.cli`` - plate layout and intake checks."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from seqtrack.config import load_settings
from seqtrack.manifest import passing, read_manifest
from seqtrack.plates import layout


def cmd_layout(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    samples = read_manifest(args.manifest)
    ok, low = passing(samples, settings.min_concentration_ng_ul)
    for s in low:
        print(f"skipping {s.sample_id}: {s.concentration_ng_ul} ng/ul below minimum", file=sys.stderr)
    prefix = f"{settings.lab_code}-{args.run}"
    wells = layout([s.sample_id for s in ok], settings.plate, prefix)
    writer = csv.writer(sys.stdout)
    writer.writerow(["plate", "well", "content"])
    for w in wells:
        writer.writerow([w.plate, w.well, w.content])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seqtrack")
    parser.add_argument("--config", type=Path, default=Path("seqtrack.ini"))
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("layout", help="assign manifest samples to plate wells")
    p.add_argument("manifest", type=Path)
    p.add_argument("--run", required=True, help="sequencing run number, e.g. 2611")
    p.set_defaults(func=cmd_layout)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
