"""Command line entry point: ``python -m sampletrack``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sampletrack import __version__
from sampletrack.intake import register
from sampletrack.parsing import read_manifest


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sampletrack", description="Vet lab sample intake")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    intake = sub.add_parser("intake", help="register the samples listed in a clinic manifest")
    intake.add_argument("manifest", type=Path)
    intake.add_argument("--clinic", required=True)
    return parser


def cmd_intake(manifest: Path, clinic: str) -> int:
    rows = read_manifest(manifest)
    records = register(rows, clinic)
    for rec in records:
        flag = "AT RISK" if rec.at_risk else "ok"
        print(f"{rec.accession}  {rec.sample_id:<12} {rec.assay:<10} {rec.courier_name:<24} {rec.due_at:%d %b %H:%M}  {flag}")
    print(f"{len(records)} sample(s) registered for {clinic}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "intake":
        return cmd_intake(args.manifest, args.clinic)
    return 2
