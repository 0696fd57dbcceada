"""python -m dirsync.cli {push,verify} SOURCE --target DIR [--max-retries N] [--dry-run]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .push import plan_from_args, push


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dirsync")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("push", help="upload new and changed files")
    p.add_argument("source", type=Path)
    p.add_argument("--target", type=Path, required=True)
    p.add_argument("--max-retries", dest="retries", type=int, default=3,
                   help="retries per file on I/O errors (default: 3)")
    p.add_argument("--dry-run", action="store_true", help="only list what would be uploaded")

    v = sub.add_parser("verify", help="list files whose remote copy differs")
    v.add_argument("source", type=Path)
    v.add_argument("--target", type=Path, required=True)
    v.add_argument("--max-retries", type=int, default=3)
    v.set_defaults(dry_run=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "push":
        changed = push(plan_from_args(args))
        for key in changed:
            print(("would upload " if args.dry_run else "uploaded ") + key)
    elif args.command == "verify":
        stale = push(plan_from_args(args))
        for key in stale:
            print("differs: " + key)
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
