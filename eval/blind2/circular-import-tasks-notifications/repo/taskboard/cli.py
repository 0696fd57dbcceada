"""taskboard CLI: python -m taskboard.cli add "Write release notes" --assign maria"""
from __future__ import annotations

import argparse

from taskboard.board import Board


def main() -> None:
    parser = argparse.ArgumentParser(prog="taskboard")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add")
    add.add_argument("title")
    add.add_argument("--assign")
    args = parser.parse_args()

    board = Board()
    task = board.add(args.title)
    if args.assign:
        task.assign(args.assign)
    print(f"#{task.id} {task.title} ({task.status.value})")


if __name__ == "__main__":
    main()
