"""What the reporting cron does: print the weekly margin report for an inputs folder."""

import sys
from pathlib import Path

from margins.report import weekly_report

print(weekly_report(Path(sys.argv[1])))
