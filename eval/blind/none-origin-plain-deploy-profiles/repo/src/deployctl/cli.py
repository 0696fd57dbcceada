"""deployctl: push a service image using a named profile."""
from __future__ import annotations

import argparse
import sys

from .client import build_client
from .profiles import get_profile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="deployctl")
    sub = parser.add_subparsers(dest="command", required=True)
    push = sub.add_parser("push")
    push.add_argument("service")
    push.add_argument("image")
    push.add_argument("--profile", default="staging")
    push.add_argument("--apply", action="store_true")
    args = parser.parse_args(argv)

    profile = get_profile(args.profile)
    client = build_client(profile, dry_run=not args.apply)
    print(client.push(args.service, args.image, replicas=profile.get("replicas", 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
