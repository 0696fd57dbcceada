"""Turning raw log lines into records.

Services prefix lines with a timestamp, but the format differs between them
(ISO, syslog, epoch millis), so we only anchor on the level token that follows it:

    2024-06-01 12:00:01,123 ERROR billing.db: connection reset
    Jun  1 12:00:02 WARNING api.auth: token expired for user=17
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LINE_RE = re.compile(r"\b(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) (?P<logger>[\w.]+): (?P<message>.*)$")


@dataclass(frozen=True)
class Record:
    level: str
    logger: str
    message: str


def match_line(line: str) -> re.Match[str] | None:
    return LINE_RE.match(line.rstrip("\n"))


def to_record(match: re.Match[str]) -> Record:
    return Record(match.group("level"), match.group("logger"), match.group("message"))
