"""Sub-command handlers. Each takes the parsed namespace and returns an exit code."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from nightplan.allocation import load_allocations
from nightplan.ephemeris import altitude_deg, dark_window


def _parse_night(value: str | None) -> date:
    return date.fromisoformat(value) if value else date.today()


def schedule_cmd(args: argparse.Namespace) -> int:
    night = _parse_night(args.night)
    programs = load_allocations(Path(args.allocations))
    start, end = dark_window(night)
    print(f"Night of {night:%Y-%m-%d}: dark {start:%H:%M}-{end:%H:%M} UTC")

    slot = start
    planned = 0
    for program in programs:
        if program.hours_left <= 0:
            continue
        for target in program.targets:
            if planned >= args.max_targets or slot >= end:
                return 0
            alt = altitude_deg(target.ra_deg, target.dec_deg, slot)
            if alt < args.min_altitude:
                continue
            print(f"  {slot:%H:%M}  {program.code:<10} {target.name:<14} alt {alt:5.1f}")
            slot += timedelta(minutes=target.exposure_min + 6)
            planned += 1
    return 0


def log_cmd(args: argparse.Namespace) -> int:
    night = _parse_night(args.night)
    print(f"# Observing log {night:%Y-%m-%d}  observer: {args.observer or '-'}")
    print("# frame  time(UT)  program  target  filter  exptime  seeing  notes")
    return 0


def allocations_cmd(args: argparse.Namespace) -> int:
    for program in load_allocations(Path(args.allocations)):
        if program.hours_left <= 0 and not args.all:
            continue
        print(
            f"{program.code:<10} {program.grade}  {program.pi:<16} "
            f"{program.hours_used:5.1f}/{program.hours_granted:5.1f} h"
        )
    return 0
