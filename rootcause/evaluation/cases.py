"""The eval case format: load and validate case folders.

A case is a folder holding ``expected.json`` (the answer), ``traceback.txt`` (what the failure
printed) and the source tree, either under ``repo/`` or at the path given by the ``"repo"`` key
of ``expected.json`` (relative to the case folder, or absolute). Cases written for this project
also carry ``repro``, a script that regenerates ``traceback.txt`` by running the code.
The format is documented in ``eval/README.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rootcause.errors import UserError

EXPECTED_FILE = "expected.json"
TRACEBACK_FILE = "traceback.txt"
REPO_DIR = "repo"
REPRO_FILE = "repro"
MODULE_SCOPE = "<module>"


class CaseError(UserError):
    """A case folder that does not follow the format; the message names the folder."""


# -- the schema of expected.json --------------------------------------------------------------


class _GoldSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    file: Annotated[str, Field(min_length=1)]
    function: Annotated[str, Field(min_length=1)]
    lines: tuple[int, int]

    @field_validator("file")
    @classmethod
    def _relative_posix(cls, value: str) -> str:
        path = PurePosixPath(value)
        if "\\" in value or path.is_absolute() or ".." in path.parts:
            raise ValueError(f"must be a POSIX path relative to the case's repo, got {value!r}")
        return path.as_posix()

    @field_validator("lines")
    @classmethod
    def _ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if start < 1 or end < start:
            raise ValueError(f"must be [start, end] with 1 <= start <= end, got {list(value)}")
        return value


class _ExpectedSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    id: Annotated[str, Field(min_length=1)]
    category: Annotated[str, Field(min_length=1)]
    description: str = ""
    gold: Annotated[list[_GoldSchema], Field(min_length=1)]
    must_mention: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)
    control: bool = False
    repo: str | None = None

    @model_validator(mode="after")
    def _unique_gold(self) -> _ExpectedSchema:
        seen = {(g.file, g.function, g.lines) for g in self.gold}
        if len(seen) != len(self.gold):
            raise ValueError("gold has duplicate entries")
        return self


# -- the loaded case -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldLocation:
    """Where the fix goes: a file of the case's repo, the qualified function, inclusive lines."""

    file: str
    function: str
    start_line: int
    end_line: int

    def overlaps(self, file: str, start: int, end: int) -> bool:
        """True when ``file:[start, end]`` shares at least one line with this location."""
        return file == self.file and start <= self.end_line and end >= self.start_line

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "function": self.function,
            "lines": [self.start_line, self.end_line],
        }


@dataclass(frozen=True, slots=True)
class Case:
    """One eval case, validated; paths are absolute."""

    id: str
    category: str
    description: str
    gold: tuple[GoldLocation, ...]
    must_mention: tuple[str, ...]
    control: bool
    case_dir: Path
    repo: Path
    traceback_path: Path
    repro: Path | None

    def read_traceback(self) -> str:
        return self.traceback_path.read_text(encoding="utf-8", errors="replace")


def _format_validation_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "(top level)"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def load_case(case_dir: Path) -> Case:
    """Load and validate the case in ``case_dir``; raise :class:`CaseError` when malformed."""
    case_dir = Path(case_dir).resolve()
    expected_path = case_dir / EXPECTED_FILE
    if not expected_path.is_file():
        raise CaseError(f"{case_dir}: no {EXPECTED_FILE}")
    try:
        text = expected_path.read_text(encoding="utf-8")
        json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseError(f"{expected_path}: not valid JSON ({exc})") from exc
    try:
        expected = _ExpectedSchema.model_validate_json(text)
    except ValidationError as exc:
        raise CaseError(f"{expected_path}: {_format_validation_error(exc)}") from exc

    traceback_path = case_dir / TRACEBACK_FILE
    if not traceback_path.is_file():
        raise CaseError(f"{case_dir}: no {TRACEBACK_FILE}")

    repo_dir = case_dir / REPO_DIR
    if expected.repo is not None:
        if repo_dir.is_dir():
            raise CaseError(f'{case_dir}: has both a {REPO_DIR}/ folder and a "repo" key; keep one')
        repo = Path(expected.repo)
        repo = (repo if repo.is_absolute() else case_dir / repo).resolve()
        if not repo.is_dir():
            raise CaseError(f'{expected_path}: "repo" {expected.repo!r} is not a folder')
    else:
        if not repo_dir.is_dir():
            raise CaseError(f'{case_dir}: no {REPO_DIR}/ folder and no "repo" key')
        repo = repo_dir.resolve()

    repro = case_dir / REPRO_FILE
    return Case(
        id=expected.id,
        category=expected.category,
        description=expected.description,
        gold=tuple(GoldLocation(g.file, g.function, g.lines[0], g.lines[1]) for g in expected.gold),
        must_mention=tuple(expected.must_mention),
        control=expected.control,
        case_dir=case_dir,
        repo=repo,
        traceback_path=traceback_path,
        repro=repro if repro.is_file() else None,
    )


def is_case_dir(path: Path) -> bool:
    return (path / EXPECTED_FILE).is_file()


def iter_case_dirs(root: Path) -> Iterator[Path]:
    """``root`` itself when it is a case, else every case folder below it, sorted.

    A case's own folder is not searched further (its ``repo/`` may hold anything).
    """
    if is_case_dir(root):
        yield root
        return
    for dirpath, dirnames, _ in os.walk(root):
        here = Path(dirpath)
        if here != root and is_case_dir(here):
            dirnames[:] = []
            yield here
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))


def discover_case_dirs(dirs: Iterable[Path]) -> list[Path]:
    """Every case folder under ``dirs`` (each a case or a folder of cases), without duplicates."""
    found: dict[Path, None] = {}
    for given in dirs:
        path = Path(given)
        if not path.exists():
            raise UserError(f"{given}: no such folder")
        if not path.is_dir():
            raise UserError(f"{given}: not a folder (give a case folder or a folder of cases)")
        for case_dir in sorted(iter_case_dirs(path.resolve())):
            found.setdefault(case_dir.resolve(), None)
    return list(found)


def load_cases(dirs: Iterable[Path]) -> list[Case]:
    """Load every case under ``dirs``; one :class:`CaseError` lists all malformed ones.

    Case ids must be unique across the run.
    """
    cases: list[Case] = []
    problems: list[str] = []
    for case_dir in discover_case_dirs(dirs):
        try:
            cases.append(load_case(case_dir))
        except CaseError as exc:
            problems.append(str(exc))
    seen: dict[str, Path] = {}
    for case in cases:
        if case.id in seen:
            problems.append(f"{case.case_dir}: id {case.id!r} already used by {seen[case.id]}")
        seen.setdefault(case.id, case.case_dir)
    if problems:
        count = len(problems)
        head = f"{count} malformed eval case{'s' if count > 1 else ''}:\n  "
        raise CaseError(head + "\n  ".join(problems))
    return cases
