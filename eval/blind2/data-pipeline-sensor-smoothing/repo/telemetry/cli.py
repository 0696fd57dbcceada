"""Flag temperature spikes per sensor: python -m telemetry.cli readings.csv --threshold 2.5"""
from __future__ import annotations

import argparse
from pathlib import Path

from telemetry.readings import load
from telemetry.smoothing import centered_average, spikes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", type=Path)
    parser.add_argument("--threshold", type=float, default=2.5)
    args = parser.parse_args()

    for sensor, series in sorted(load(args.csv).items()):
        smoothed = centered_average([r.celsius for r in series])
        for index in spikes(smoothed, args.threshold):
            print(f"{sensor} spike at {series[index].at:%H:%M} ({smoothed[index]:.1f} C)")


if __name__ == "__main__":
    main()
