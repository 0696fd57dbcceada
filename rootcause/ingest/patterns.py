"""Regular expressions and cheap checks shared by the traceback parsers.

Every pattern here is applied only after a cheap substring prefilter said the line may
matter, so a chatty log costs little more than one ``in`` test per line.
"""

from __future__ import annotations

import re

#: The header CPython prints before the frames (also inside "Exception Group Traceback").
TRACEBACK_MARK = "Traceback (most recent call last)"

#: ``  File "path", line N, in func`` (func absent for SyntaxError locations).
FILE_LINE = re.compile(
    r'^(?P<indent>\s*)File "(?P<path>.*)", line (?P<lineno>\d+)(?:, in (?P<func>.*?))?\s*$'
)

#: A qualified exception type, optionally followed by ``: message``.
EXC_LINE = re.compile(
    r"^(?P<type>[A-Za-z_]\w*(?:\.(?:[A-Za-z_]\w*|<locals>))*)(?:(?P<colon>:)(?: (?P<msg>.*))?)?$"
)

#: Type names that are certainly exceptions even without a message (dedented pastes).
EXC_SUFFIX = re.compile(
    r"(?:Error|Exception|Warning|Interrupt|Exit|Iteration|Group|Timeout|Failure|Cancelled)$"
)

CAUSE_LINE = re.compile(
    r"^The above exception(?: \(.*\))? was the direct cause of the following exception:\s*$"
)
CONTEXT_LINE = re.compile(
    r"^During handling of the above exception(?: \(.*\))?, another exception occurred:\s*$"
)

#: ``    ^^^^^`` / ``    ~~~^^^~~`` caret lines under the source line.
CARET_LINE = re.compile(r"^(?P<lead>\s*+)(?P<marks>[~^]++(?:\s++[~^]++)*+)\s*+$")

REPEATED_LINE = re.compile(r"^\s*\[Previous line repeated (\d+) more times?\]\s*$")

#: Exception group margins: ``  | text`` (depth = indent / 2).
GROUP_MARGIN = re.compile(r"^(?P<indent>(?:  )+)\|(?: (?P<text>.*))?$")
#: ``  + Exception Group Traceback (most recent call last):``
GROUP_HEADER = re.compile(r"^(?P<indent>(?:  )+)\+ (?P<text>Exception Group Traceback.*)$")
#: ``  +-+---------------- 1 ----------------`` / ``    +---------------- 2 ----------------``
GROUP_SEPARATOR = re.compile(r"^(?P<indent>(?:  )*)(?P<first>\+-)?\+-{16} (?P<title>\S+) -{16}\s*$")
GROUP_CLOSE = re.compile(r"^(?:  )*\+-{36}\s*$")
GROUP_MORE = re.compile(r"^and \d+ more exceptions?\s*$")
GROUP_MAX_DEPTH = re.compile(r"^\.\.\. \(max_group_depth is \d+\)\s*$")

#: A line printed by the warnings module (``sys:1: RuntimeWarning: coroutine ... was never
#: awaited``, ``app.py:12: DeprecationWarning: ...``): after an exception it is not the message.
WARNING_LINE = re.compile(r"^\S+:-?\d+: [A-Z]\w*Warning: ")  # -1: no line (C code)

#: Lines that start a new log record: the end of a multi-line exception message.
LOG_RECORD_START = re.compile(
    r"""^(?:
        \[?\d{4}-\d{2}-\d{2}[ T_]\d{1,2}:\d{2}          # 2024-05-01 12:00 / ISO
      | \[?\d{1,2}:\d{2}:\d{2}                          # 12:00:00
      | \[?\d{1,2}/\w{3}/\d{4}                          # 01/May/2024 (access logs)
      | \w{3}\ [\ \d]\d\ \d{2}:\d{2}:\d{2}              # May  1 12:00:00 (syslog)
      | \[?(?:INFO|ERROR|WARNING|WARN|DEBUG|CRITICAL|FATAL|TRACE|NOTICE|EXCEPTION)\b
      | \{\s*"                                          # a JSON log line
      | \$\ |>>>\ |In\ \[\d+\]:                          # shell / REPL / IPython prompts
      | ={5,}|_{5,}                                     # pytest section rules
    )""",
    re.VERBOSE,
)

#: Words in the line before a traceback that tell which server or logger printed it.
UVICORN_HINT = "Exception in ASGI application"
GUNICORN_HINTS = ("Error handling request", "[gunicorn", "gunicorn.error")
HYPERCORN_HINTS = ("Error in ASGI Framework", "hypercorn")

_DIGITS = str.maketrans("0123456789", "0000000000")


def mask_digits(text: str) -> str:
    """``text`` with every digit replaced by 0 (compares timestamped prefixes)."""
    return text.translate(_DIGITS)


def leading_spaces(text: str) -> int:
    """Number of leading whitespace characters (tabs count as one)."""
    return len(text) - len(text.lstrip())


def strong_exception_line(text: str) -> re.Match[str] | None:
    """An exception line that cannot be mistaken for source code."""
    match = EXC_LINE.match(text)
    if match is None:
        return None
    type_name = match.group("type")
    if EXC_SUFFIX.search(type_name) or (match.group("colon") and "." in type_name):
        return match
    if match.group("colon") and type_name[:1].isupper():
        return match
    return None
