"""Daily funnel digest: python digest.py EXPORT.jsonl"""
from __future__ import annotations

import sys
from pathlib import Path

from loader import read_events
from metrics import average_order_value, by_channel, conversion_rate


def main(path: str) -> None:
    stats = by_channel(read_events(Path(path)))
    print(f"{'channel':<12}{'sessions':>10}{'purchases':>11}{'conv %':>8}{'AOV':>9}")
    for name, channel in sorted(stats.items(), key=lambda kv: -kv[1].sessions):
        print(f"{name:<12}{channel.sessions:>10}{channel.purchases:>11}"
              f"{conversion_rate(channel) * 100:>7.1f}%{average_order_value(channel):>9.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
