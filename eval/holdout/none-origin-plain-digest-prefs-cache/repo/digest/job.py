"""Send activity digests: python -m digest.job --cache PATH"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from digest.activity import Activity, sample_activity
from digest.prefs import PrefsCache
from digest.render import render_digest


def run(cache: PrefsCache, activity: list[Activity]) -> int:
    per_user: dict[int, list[Activity]] = defaultdict(list)
    for item in activity:
        per_user[item.user_id].append(item)
    sent = 0
    for user_id, items in sorted(per_user.items()):
        print(render_digest(user_id, cache.get(user_id), items))
        sent += 1
    return sent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--init", action="store_true", help="(re)create the cache with default preferences")
    args = parser.parse_args()
    cache = PrefsCache(args.cache)
    if args.init:
        cache.set(101, timezone="Europe/Amsterdam")
        cache.set(204, timezone="America/Chicago", muted_projects=["infra"])
        cache.save()
        return
    cache.load()
    print(f"sent {run(cache, sample_activity())} digests")


if __name__ == "__main__":
    main()
