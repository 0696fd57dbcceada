"""deployctl: print the manifest for a service/profile pair."""
from __future__ import annotations

import argparse
from pathlib import Path

from deployctl.profiles import load_profile
from deployctl.render import render_manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="deployctl")
    parser.add_argument("service")
    parser.add_argument("--profile", default="staging")
    parser.add_argument("--profiles-dir", type=Path, default=Path("profiles"))
    args = parser.parse_args(argv)

    profile = load_profile(args.profiles_dir, args.profile)
    print(render_manifest(args.service, profile), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
