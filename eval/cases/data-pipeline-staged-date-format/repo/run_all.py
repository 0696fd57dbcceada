"""Run the station pipeline: python run_all.py raw/"""

from __future__ import annotations

import sys
from pathlib import Path

import stage_normalize
import stage_weekly


def main(raw_dir: str) -> None:
    staged = stage_normalize.run(Path(raw_dir))
    print(f"staged -> {staged}")
    for (station, week), agg in stage_weekly.weekly(staged).items():
        print(f"{station} {week}: max {agg['t_max']}C min {agg['t_min']}C rain {agg['rain_mm']}mm")


if __name__ == "__main__":
    main(sys.argv[1])
