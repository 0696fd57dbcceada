"""Map printed traceback paths to repository files, and relocate moved lines.

A traceback printed in a container (``/app/services/billing.py``), on Windows
(``C:\\Users\\me\\proj\\services\\billing.py``) or from an installed copy
(``.../site-packages/proj/services/billing.py``) names a file of the repository under
another root. :func:`resolve_incident` finds it by the longest common path suffix, marks
the frame ``in_app``, and when the source line printed in the traceback is no longer at the
printed line number (the code changed since the crash), finds where that text stands now.

Files are read only through :class:`~rootcause.workspace.Workspace` (containment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rootcause.model import ExceptionInfo, Frame, Incident
from rootcause.workspace import Workspace

#: The function name of frames whose report does not print it (pytest --tb=long / line).
UNKNOWN_FUNCTION = "?"
_CACHE_ATTR = "_rootcause_ingest_suffix_map"
_DRIVE = re.compile(r"^[A-Za-z]:$")
#: Path parts that mark an installed library or the interpreter's own files.
_LIBRARY_PARTS = frozenset({"site-packages", "dist-packages", "lib-dynload", ".venv", "venv"})
_PYTHON_LIB = re.compile(r"^python\d(?:\.\d+)?t?$")
_DEF_LINE = re.compile(r"^(\s*)(?:async\s+def|def|class)\s+([A-Za-z_]\w*)")
#: A location named inside an exception message: ``File "path", line N[, in func]``.
_MESSAGE_LOCATION = re.compile(
    r'File "(?P<path>[^"\n]+)", line (?P<lineno>\d+)(?:, in (?P<func>[^\s,]+))?'
)


@dataclass(frozen=True, slots=True)
class SuffixMap:
    """Repository Python files indexed by lower-cased file name."""

    by_name: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]

    @classmethod
    def build(cls, workspace: Workspace) -> SuffixMap:
        groups: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for rel in workspace.python_files:
            parts = tuple(rel.split("/"))
            groups.setdefault(parts[-1].lower(), []).append((rel, parts))
        return cls({name: tuple(items) for name, items in groups.items()})

    def lookup(self, printed: str) -> str | None:
        """The repo-relative path the printed path names, or None."""
        parts = split_printed_path(printed)
        if not parts:
            return None
        candidates = self.by_name.get(parts[-1].lower())
        if not candidates:
            return None
        fold = "\\" in printed or bool(_DRIVE.match(printed[:2]))
        printed_parts = [p.lower() for p in parts] if fold else parts
        library = is_library_path(parts)
        best: str | None = None
        best_score = 0
        tie = False
        for rel, rel_parts in candidates:
            score = _common_suffix(printed_parts, rel_parts, fold)
            full = score == len(rel_parts)
            if not full and score < 2:
                continue
            if library and score < 2:
                continue
            if score > best_score:
                best, best_score, tie = rel, score, False
            elif score == best_score:
                tie = True
        if tie:
            return None
        return best


def _common_suffix(printed: list[str], rel_parts: tuple[str, ...], fold: bool) -> int:
    count = 0
    for a, b in zip(reversed(printed), reversed(rel_parts), strict=False):
        if a != (b.lower() if fold else b):
            break
        count += 1
    return count


def split_printed_path(printed: str) -> list[str]:
    """Components of a printed path (POSIX or Windows), without drive, ``.`` and empty parts."""
    if printed.startswith("<") and printed.endswith(">"):
        return []
    text = printed.replace("\\", "/")
    parts = [p for p in text.split("/") if p and p != "."]
    if parts and _DRIVE.match(parts[0]):
        parts = parts[1:]
    return parts


def is_library_path(parts: list[str]) -> bool:
    """True for paths inside a virtualenv, site-packages or the Python installation."""
    for index, part in enumerate(parts):
        if part in _LIBRARY_PARTS:
            return True
        if (
            part.lower() == "lib"
            and index + 1 < len(parts)
            and _PYTHON_LIB.match(parts[index + 1].lower())
        ):
            return True
    return False


def suffix_map(workspace: Workspace) -> SuffixMap:
    """The workspace's suffix map, built once and kept on the workspace object."""
    cached = workspace.__dict__.get(_CACHE_ATTR)
    if isinstance(cached, SuffixMap):
        return cached
    built = SuffixMap.build(workspace)
    workspace.__dict__[_CACHE_ATTR] = built
    return built


def _enclosing_function(lines: list[str], index: int) -> str:
    """Name of the def/class enclosing 0-based line ``index`` (``<module>`` at top level)."""
    line = lines[index]
    indent = len(line) - len(line.lstrip())
    for back in range(index - 1, -1, -1):
        candidate = lines[back]
        stripped = candidate.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        cand_indent = len(candidate) - len(stripped)
        if cand_indent < indent:
            match = _DEF_LINE.match(candidate)
            if match is not None:
                return match.group(2)
            indent = cand_indent
            if indent == 0:
                break
    return "<module>"


def relocate(lines: list[str], lineno: int, printed_line: str, function: str) -> int | None:
    """Where ``printed_line`` stands now: nearest match in ``function`` first, then anywhere.

    Returns None when the text is nowhere in the file.
    """
    wanted = printed_line.strip()
    if not wanted:
        return None
    matches = [i for i, text in enumerate(lines) if text.strip() == wanted]
    if not matches:
        return None
    same_function = [i for i in matches if _enclosing_function(lines, i) == function]
    pool = same_function or matches
    best = min(pool, key=lambda i: (abs(i + 1 - lineno), i))
    return best + 1


def resolve_frame(frame: Frame, workspace: Workspace, smap: SuffixMap) -> tuple[Frame, str | None]:
    """The frame with in_app / repo_path / repo_lineno set, and a warning when it moved."""
    rel = smap.lookup(frame.path)
    if rel is None:
        if frame.in_app or frame.repo_path is not None or frame.repo_lineno is not None:
            return replace(frame, in_app=False, repo_path=None, repo_lineno=None), None
        return frame, None
    repo_lineno = frame.lineno
    warning: str | None = None
    printed = (frame.line or "").strip()
    if printed:
        lines = workspace.read_lines(rel)
        current = lines[frame.lineno - 1].strip() if 1 <= frame.lineno <= len(lines) else None
        if current != printed:
            moved = relocate(lines, frame.lineno, printed, frame.function)
            if moved is not None and moved != frame.lineno:
                repo_lineno = moved
                warning = (
                    f"{rel}:{frame.lineno}: the printed source line now stands at line {moved} "
                    "(the code changed since the traceback was printed)"
                )
            elif moved is None:
                warning = (
                    f"{rel}:{frame.lineno}: the printed source line is not in the repository's "
                    "file (the code changed since the traceback was printed?)"
                )
    function = frame.function
    if function == UNKNOWN_FUNCTION:
        # pytest --tb=long/line do not print function names: take the enclosing def.
        lines = workspace.read_lines(rel)
        if 1 <= repo_lineno <= len(lines):
            function = _enclosing_function(lines, repo_lineno - 1)
    resolved = replace(
        frame, function=function, in_app=True, repo_path=rel, repo_lineno=repo_lineno
    )
    return resolved, warning


def resolve_incident(incident: Incident, workspace: Workspace) -> Incident:
    """The incident with every frame mapped to the repository (idempotent)."""
    smap = suffix_map(workspace)
    warnings = list(incident.warnings)
    exceptions: list[ExceptionInfo] = []
    for exc in incident.exceptions:
        frames: list[Frame] = []
        for frame in exc.frames:
            resolved, warning = resolve_frame(frame, workspace, smap)
            frames.append(resolved)
            if warning is not None and warning not in warnings:
                warnings.append(warning)
        exceptions.append(replace(exc, frames=tuple(frames)))
    return replace(incident, exceptions=tuple(exceptions), warnings=tuple(warnings))


def locations_in_message(exc: ExceptionInfo, workspace: Workspace | None = None) -> list[Frame]:
    """The ``File "path", line N, in func`` locations an exception's message names.

    Some libraries point at the application code in the message rather than in the frames:
    FastAPI's ``ResponseValidationError`` / ``RequestValidationError`` end with the endpoint's
    ``File "app/main.py", line 32, in read_member`` (the decorator line of the route). Each
    location becomes a :class:`Frame` (outermost first in message order, duplicates dropped,
    ``line`` None since the message prints no source), resolved against ``workspace`` like
    traceback frames (longest path suffix: ``in_app``, ``repo_path``, ``repo_lineno``; a
    missing function name is filled from the enclosing ``def``). Without a workspace, or for
    a path outside the repository, the frame comes back unresolved (``in_app`` False).
    """
    if 'File "' not in exc.message:
        return []
    smap = suffix_map(workspace) if workspace is not None else None
    found: list[Frame] = []
    seen: set[tuple[str, int, str]] = set()
    for match in _MESSAGE_LOCATION.finditer(exc.message):
        path = match.group("path")
        lineno = int(match.group("lineno"))
        function = match.group("func") or UNKNOWN_FUNCTION
        key = (path, lineno, function)
        if key in seen or lineno < 1:
            continue
        seen.add(key)
        frame = Frame(path, lineno, function)
        if workspace is not None and smap is not None:
            frame, _warning = resolve_frame(frame, workspace, smap)
        found.append(frame)
    return found
