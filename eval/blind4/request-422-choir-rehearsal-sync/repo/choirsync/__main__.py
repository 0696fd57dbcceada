import argparse
import json
from pathlib import Path

import httpx

from choirsync.push import push_all


def main() -> None:
    parser = argparse.ArgumentParser(prog="choirsync")
    parser.add_argument("plan", type=Path, help="rehearsal plan exported as JSON")
    parser.add_argument("--api", default="http://localhost:8000")
    parser.add_argument("--choir", default="st-cecilia")
    args = parser.parse_args()

    rehearsals = json.loads(args.plan.read_text(encoding="utf-8"))["rehearsals"]
    print(f"pushing {len(rehearsals)} rehearsals for {args.choir} to {args.api}")
    with httpx.Client(base_url=args.api, timeout=10) as client:
        ids = push_all(client, args.choir, rehearsals)
    print(f"created rehearsals {ids}")


if __name__ == "__main__":
    main()
