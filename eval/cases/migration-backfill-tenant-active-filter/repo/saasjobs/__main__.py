import argparse

from saasjobs.db import Session
from saasjobs.usage_report import build_usage_report


def main() -> None:
    parser = argparse.ArgumentParser(prog="saasjobs")
    sub = parser.add_subparsers(dest="job", required=True)
    usage = sub.add_parser("usage-report")
    usage.add_argument("--month", required=True, help="YYYY-MM")
    args = parser.parse_args()

    with Session() as session:
        for row in build_usage_report(session, args.month):
            print(f"{row.slug:<16} {row.plan:<10} {row.amount:>10.2f}")


main()
