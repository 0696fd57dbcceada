"""Which parser opens an incident on a trigger line, and which program printed it."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from rootcause.ingest import patterns as P
from rootcause.ingest.ipython_tb import IPythonMachine
from rootcause.ingest.pytest_report import PytestSectionMachine
from rootcause.ingest.python_tb import PythonTracebackMachine
from rootcause.model import Incident

if TYPE_CHECKING:
    from rootcause.ingest.detector import Machine


#: logging.exception() logs at ERROR; exc_info=True is also used at CRITICAL / WARNING.
_ERROR_LEVEL = re.compile(r"\b(?:ERROR|CRITICAL|FATAL|EXCEPTION|WARNING|error|critical)\b")


_PYTEST_HEADER = re.compile(r"^_{3,} .+ _{3,}$")


def classify_format(prev_line: str, prefix: str) -> str:
    """Which program printed a CPython traceback, from its line prefix and the line before it."""
    if "INTERNALERROR" in prefix or _PYTEST_HEADER.match(prev_line):
        return "pytest"
    if P.UVICORN_HINT in prev_line:
        return "uvicorn"
    for hint in P.GUNICORN_HINTS:
        if hint in prev_line:
            return "gunicorn"
    for hint in P.HYPERCORN_HINTS:
        if hint in prev_line:
            return "hypercorn"
    if prefix.strip(" \t>|") and P.LOG_RECORD_START.match(prefix):
        return "logging"
    if _ERROR_LEVEL.search(prev_line):
        return "logging"
    return "python"


_JSON_HINTS = ('"exc', '"exception"', '"stacktrace"', P.TRACEBACK_MARK)


def json_line_incidents(line: str, lineno: int) -> list[Incident] | None:
    """Incidents of a one-line JSON record (after any prefix), or None when it is not one."""
    brace = line.find("{")
    if brace < 0 or not line.rstrip().endswith("}"):
        return None
    if not any(hint in line for hint in _JSON_HINTS):
        return None
    try:
        data = json.loads(line[brace:])
    except ValueError:
        return None
    from rootcause.ingest.jsonlogs import incidents_from_json

    return incidents_from_json(data, lineno=lineno)


def start_machine(line: str, lineno: int, prev_line: str) -> Machine | list[Incident] | None:
    """The machine that accepts ``line`` as the first line of an incident, if any.

    A one-line record (JSON) is complete at once: its incidents are returned as a list.
    """
    if "{" in line:
        found = json_line_incidents(line, lineno)
        if found is not None:
            return found
    if line[:1] in "=_":
        section = PytestSectionMachine.start(line, lineno)
        if section is not None:
            return section
    if "(most recent call last)" in line and "  Traceback" in line:
        ipython = IPythonMachine.start(line, lineno)
        if ipython is not None:
            return ipython
    machine = PythonTracebackMachine.start(line, lineno, "python")
    if machine is not None:
        machine.fmt = classify_format(prev_line, machine.prefix)
        return machine
    return None
