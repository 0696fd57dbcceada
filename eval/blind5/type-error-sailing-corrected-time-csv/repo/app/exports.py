"""CSV exports for the noticeboard and the club website."""
import csv
import io
from collections.abc import Sequence
from datetime import timedelta

from app.models import Race, RaceResult

HEADER = ["Pos", "Sail No", "Helm", "Class", "PY", "Elapsed", "Corrected"]


def corrected_seconds(result: RaceResult) -> float:
    return result.elapsed_seconds * 1000 / result.py_number


def race_csv(race: Race, results: Sequence[RaceResult]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([f"{race.series} race {race.number}", race.sailed_on.isoformat(), race.course])
    writer.writerow(HEADER)
    ranked = sorted(results, key=corrected_seconds)
    for pos, result in enumerate(ranked, start=1):
        elapsed = timedelta(seconds=result.elapsed_seconds)
        corrected = timedelta(seconds=round(corrected_seconds(result)))
        writer.writerow(
            [
                pos,
                result.sail_number,
                result.helm,
                result.boat_class,
                result.py_number,
                str(elapsed),
                f"{corrected:%H:%M:%S}",
            ]
        )
    return buf.getvalue()
