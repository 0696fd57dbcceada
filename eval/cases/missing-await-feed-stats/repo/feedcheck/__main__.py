import argparse
import asyncio
import logging
from pathlib import Path

from feedcheck.report import summarize
from feedcheck.runner import collect


async def main() -> None:
    parser = argparse.ArgumentParser(prog="feedcheck")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
    stats = await collect(args.directory)
    print(summarize(stats))


asyncio.run(main())
