from __future__ import annotations

import json
import sys
from pathlib import Path

from .stats import CampaignStats, collect


def summary_line(s: CampaignStats) -> str:
    conversion = s.orders / s.visits
    roas = f"{s.revenue / s.budget:.2f}x" if s.budget else "n/a"
    return f"{s.slug:<16}{s.channel:<10}{s.visits:>7}{s.orders:>7}{conversion:>9.1%}{roas:>8}"


def main(folder: str) -> None:
    base = Path(folder)
    campaigns = json.loads((base / "campaigns.json").read_text())
    events = json.loads((base / "events.json").read_text())
    print(f"{'campaign':<16}{'channel':<10}{'visits':>7}{'orders':>7}{'conv':>9}{'roas':>8}")
    for stats in collect(campaigns, events):
        print(summary_line(stats))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fixtures")
