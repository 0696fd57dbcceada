"""Parse nginx 'combined + request_time' access log lines."""
from __future__ import annotations

import re
from dataclasses import dataclass

LINE_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<request>[^"]*)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"[^"]*" "(?P<agent>[^"]*)" (?P<rt>[\d.]+)'
)
REQUEST_RE = re.compile(r"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/\d\.\d")


@dataclass(frozen=True)
class Hit:
    ip: str
    method: str
    path: str
    status: int
    seconds: float


def parse_line(line: str) -> Hit | None:
    m = LINE_RE.match(line)
    if m is None:
        return None
    method, path = REQUEST_RE.match(m["request"]).group("method", "path")
    return Hit(
        ip=m["ip"],
        method=method,
        path=path.split("?", 1)[0],
        status=int(m["status"]),
        seconds=float(m["rt"]),
    )
