"""Command line: ``python -m solarquote quote SURVEY.json``."""

from __future__ import annotations

import argparse
from pathlib import Path

from solarquote.quote import Quote, build_quote, load_survey


def render(quote: Quote) -> str:
    lines = [f"Quote for {quote.customer}", f"Panel: {quote.panel.model}"]
    for face in quote.faces:
        lines.append(f"  {face.face_name:<12} {face.panel_count:>3} panels  {face.kwp:>6.2f} kWp")
    lines.append(f"System size: {quote.kwp} kWp, est. {quote.annual_kwh} kWh/yr")
    lines.append(f"Total: GBP {quote.total:,.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="solarquote")
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quote", help="price a site survey")
    q.add_argument("survey", type=Path)
    args = parser.parse_args(argv)

    if args.command == "quote":
        quote = build_quote(load_survey(args.survey))
        print(render(quote))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
