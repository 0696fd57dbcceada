from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

BUCKET_MINUTES = 5


def bucket_for(epoch_s: int) -> str:
    moment = datetime.fromtimestamp(epoch_s, tz=timezone.utc)
    minute = moment.minute - moment.minute % BUCKET_MINUTES
    return moment.replace(minute=minute, second=0, microsecond=0).isoformat()


class BucketStore:
    def __init__(self) -> None:
        self.sums: dict[tuple[str, str], float] = defaultdict(float)
        self.counts: dict[tuple[str, str], int] = defaultdict(int)

    def add(self, device: str, epoch_s: int, value: float) -> str:
        key = (device, bucket_for(epoch_s))
        self.sums[key] += value
        self.counts[key] += 1
        return key[1]
