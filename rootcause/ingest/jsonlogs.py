"""JSON carriers of tracebacks: structlog records and Sentry events -> incidents.

- structlog ``format_exc_info`` (and python-json-logger ``exc_info``, or any string field
  holding a traceback): the string is read by the CPython parser.
- structlog ``dict_tracebacks``: ``exception`` is a list of stacks, outermost first, with
  ``is_cause``, ``frames`` (filename, lineno, name) and nested ``exceptions`` for groups.
- Sentry events: ``exception.values`` oldest first, ``stacktrace.frames`` outermost first,
  ``mechanism`` ids linking chains and exception-group members, ``in_app`` flags.
"""

from __future__ import annotations

import re
from typing import Any

from rootcause.ingest import patterns as P
from rootcause.model import ExceptionInfo, Frame, Incident, Relation

#: Keys whose string value may hold a formatted traceback.
_TEXT_KEYS = (
    "exception",
    "exc_info",
    "exc_text",
    "stack_trace",
    "stacktrace",
    "traceback",
    "error",
)
_SOURCE_INDEX = re.compile(r"exceptions\[(\d+)\]")
_MAX_DEPTH = 50


def _qualified(module: Any, type_name: str) -> str:
    if isinstance(module, str) and module and module not in ("builtins", "__main__"):
        return f"{module}.{type_name}"
    return type_name


def _int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return default


def _text_incidents(text: str, fmt: str, lineno: int | None) -> list[Incident]:
    from rootcause.ingest.detector import TracebackDetector

    detector = TracebackDetector()
    found = detector.feed_block(text)
    found.extend(detector.flush())
    # Incident(...) directly: dataclasses.replace is several times slower (one per record).
    return [Incident(fmt, i.exceptions, i.warnings, lineno, lineno) for i in found]


# -- structlog dict_tracebacks ---------------------------------------------------------------


def _dict_stack_frames(stack: dict[str, Any]) -> tuple[Frame, ...]:
    frames = []
    for raw in stack.get("frames") or ():
        if not isinstance(raw, dict):
            continue
        frames.append(
            Frame(
                path=str(raw.get("filename", "")),
                lineno=_int(raw.get("lineno")),
                function=str(raw.get("name", "")),
                line=(str(raw["line"]).strip() or None)
                if isinstance(raw.get("line"), str)
                else None,
            )
        )
    syntax = stack.get("syntax_error")
    if isinstance(syntax, dict) and syntax.get("filename"):
        text = syntax.get("line")
        frames.append(
            Frame(
                path=str(syntax["filename"]),
                lineno=_int(syntax.get("lineno")),
                function="<syntax error>",
                line=text.strip() or None if isinstance(text, str) else None,
            )
        )
    return tuple(frames)


def _dict_trace(
    stacks: list[Any], first: Relation | None, depth: int, out: list[ExceptionInfo]
) -> None:
    """Append one structlog trace (outermost first) in printed order (root cause first)."""
    valid = [s for s in stacks if isinstance(s, dict) and "exc_type" in s]
    printed = list(reversed(valid))
    for index, stack in enumerate(printed):
        if index == 0:
            relation = first
        else:
            relation = Relation.CAUSE if printed[index - 1].get("is_cause") else Relation.CONTEXT
        message = str(stack.get("exc_value", ""))
        notes = stack.get("exc_notes")
        if isinstance(notes, list) and notes:
            message = "\n".join([message, *map(str, notes)])
        out.append(
            ExceptionInfo(
                type=str(stack["exc_type"]),
                message=message,
                frames=_dict_stack_frames(stack),
                relation=relation,
                group_depth=depth,
            )
        )
        members = stack.get("exceptions")
        if stack.get("is_group") and isinstance(members, list) and depth < _MAX_DEPTH:
            for member in members:
                if isinstance(member, list):
                    _dict_trace(member, Relation.GROUP, depth + 1, out)


# -- Sentry ---------------------------------------------------------------------------------


def _sentry_frames(value: dict[str, Any]) -> tuple[Frame, ...]:
    stacktrace = value.get("stacktrace")
    if not isinstance(stacktrace, dict):
        return ()
    frames = []
    for raw in stacktrace.get("frames") or ():
        if not isinstance(raw, dict):
            continue
        path = raw.get("abs_path") or raw.get("filename") or raw.get("module") or ""
        context = raw.get("context_line")
        frames.append(
            Frame(
                path=str(path),
                lineno=_int(raw.get("lineno")),
                function=str(raw.get("function") or "?"),
                line=context.strip() or None if isinstance(context, str) else None,
                in_app=raw.get("in_app") is True,
            )
        )
    return tuple(frames)


def _sentry_info(value: dict[str, Any], relation: Relation | None, depth: int) -> ExceptionInfo:
    return ExceptionInfo(
        type=_qualified(value.get("module"), str(value.get("type") or "Exception")),
        message=str(value.get("value") or ""),
        frames=_sentry_frames(value),
        relation=relation,
        group_depth=depth,
    )


def _sentry_exceptions(values: list[dict[str, Any]]) -> list[ExceptionInfo]:
    """Printed order from Sentry's list (oldest first) and its mechanism ids."""
    ids: dict[int, dict[str, Any]] = {}
    children: dict[int, list[dict[str, Any]]] = {}
    for value in values:
        mechanism = value.get("mechanism")
        if not isinstance(mechanism, dict) or "exception_id" not in mechanism:
            ids.clear()
            break
        ids[_int(mechanism.get("exception_id"), -1)] = value
        if "parent_id" in mechanism:
            children.setdefault(_int(mechanism.get("parent_id"), -1), []).append(value)
    if not ids:
        # A plain chain: oldest first already; Sentry does not record cause vs context.
        out: list[ExceptionInfo] = []
        for index, value in enumerate(values):
            mechanism = value.get("mechanism") if isinstance(value.get("mechanism"), dict) else {}
            source = mechanism.get("source") if isinstance(mechanism, dict) else None
            relation = (
                None
                if index == 0
                else (Relation.CAUSE if source == "__cause__" else Relation.CONTEXT)
            )
            out.append(_sentry_info(value, relation, 0))
        return out

    def source_of(value: dict[str, Any]) -> str:
        mechanism = value.get("mechanism")
        return str(mechanism.get("source", "")) if isinstance(mechanism, dict) else ""

    def id_of(value: dict[str, Any]) -> int:
        mechanism = value.get("mechanism")
        return _int(mechanism.get("exception_id"), -1) if isinstance(mechanism, dict) else -1

    result: list[ExceptionInfo] = []
    seen: set[int] = set()

    def emit(node: dict[str, Any], first: Relation | None, depth: int) -> None:
        chain = [node]
        while depth < _MAX_DEPTH:
            kids = children.get(id_of(chain[-1]), [])
            linked = [k for k in kids if source_of(k) in ("__cause__", "__context__")]
            if not linked or id_of(linked[0]) in seen:
                break
            seen.add(id_of(linked[0]))
            chain.append(linked[0])
        printed = list(reversed(chain))
        for index, item in enumerate(printed):
            relation = (
                first
                if index == 0
                else (
                    Relation.CAUSE
                    if source_of(printed[index - 1]) == "__cause__"
                    else Relation.CONTEXT
                )
            )
            result.append(_sentry_info(item, relation, depth))
            members = [
                k for k in children.get(id_of(item), []) if _SOURCE_INDEX.fullmatch(source_of(k))
            ]
            members.sort(key=lambda k: int(_SOURCE_INDEX.fullmatch(source_of(k)).group(1)))  # type: ignore[union-attr]
            for member in members:
                if id_of(member) not in seen and depth < _MAX_DEPTH:
                    seen.add(id_of(member))
                    emit(member, Relation.GROUP, depth + 1)

    roots = [v for v in values if "parent_id" not in (v.get("mechanism") or {})]
    for root in roots or values[-1:]:
        seen.add(id_of(root))
        emit(root, None, 0)
    return result


def _sentry_event(event: dict[str, Any]) -> Incident | None:
    exception = event.get("exception")
    values = exception.get("values") if isinstance(exception, dict) else exception
    if not isinstance(values, list):
        return None
    values = [v for v in values if isinstance(v, dict)]
    if not values:
        return None
    return Incident(format="sentry", exceptions=tuple(_sentry_exceptions(values)))


# -- dispatch --------------------------------------------------------------------------------


def _is_sentry(data: dict[str, Any]) -> bool:
    exception = data.get("exception")
    if isinstance(exception, dict) and isinstance(exception.get("values"), list):
        return True
    return "event_id" in data and isinstance(exception, list)


def incidents_from_json(data: Any, *, lineno: int | None = None, depth: int = 0) -> list[Incident]:
    """Incidents carried by a decoded JSON value (structlog record, Sentry event, or a list)."""
    if depth > 3:
        return []
    if isinstance(data, list):
        found: list[Incident] = []
        for item in data[:10_000]:
            found.extend(incidents_from_json(item, lineno=lineno, depth=depth + 1))
        return found
    if not isinstance(data, dict):
        return []
    if _is_sentry(data):
        incident = _sentry_event(data)
        if incident is not None:
            return [
                Incident(incident.format, incident.exceptions, start_line=lineno, end_line=lineno)
            ]
        return []
    for wrapper in ("event", "payload", "data"):
        inner = data.get(wrapper)
        if isinstance(inner, dict) and _is_sentry(inner):
            return incidents_from_json(inner, lineno=lineno, depth=depth + 1)
    fmt = "structlog" if "event" in data else "logging"
    exception = data.get("exception")
    if isinstance(exception, list) and exception and isinstance(exception[0], dict):
        out: list[ExceptionInfo] = []
        _dict_trace(exception, None, 0, out)
        if out:
            return [Incident(fmt, tuple(out), start_line=lineno, end_line=lineno)]
    for key in _TEXT_KEYS:
        value = data.get(key)
        if isinstance(value, str) and ('File "' in value or P.TRACEBACK_MARK in value):
            return _text_incidents(value, fmt, lineno)
    for value in data.values():
        if isinstance(value, str) and P.TRACEBACK_MARK in value:
            return _text_incidents(value, fmt, lineno)
    return []
