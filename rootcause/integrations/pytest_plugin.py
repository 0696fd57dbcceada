"""pytest plugin (entry point ``pytest11``): ``pytest --rootcause`` explains failing tests.

Off by default: without ``--rootcause`` (or ``--rootcause-json FILE``) it only registers its
options. With it, each failing test's report gets a "root cause" section built from the
exception object itself (exact frames, no text parsing), and ``--rootcause-json FILE`` writes
every analysis to FILE. Passing tests cost one attribute check per phase; the analysis
modules are imported at the first failure only. Works with pytest-xdist (the analysis runs
on the worker; the JSON file is written by the controller).
"""

from __future__ import annotations

import json
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rootcause.model import ExceptionInfo, Incident

SECTION = "root cause"
_ATTR = "rootcause"  # the report attribute holding the analysis (survives xdist)
_HARNESS_PARTS = ("/_pytest/", "/pluggy/", "\\_pytest\\", "\\pluggy\\")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rootcause", "root-cause analysis of failures (rootcause)")
    group.addoption(
        "--rootcause",
        action="store_true",
        default=False,
        help="Add a 'root cause' section to each failing test's report.",
    )
    group.addoption(
        "--rootcause-json",
        metavar="FILE",
        default=None,
        help="Write the root-cause reports of failing tests to FILE (implies --rootcause).",
    )
    group.addoption(
        "--rootcause-repo",
        metavar="DIR",
        default=None,
        help="Repository the code under test lives in (default: the rootdir).",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("rootcause") or config.getoption("rootcause_json"):
        config.pluginmanager.register(RootCausePlugin(config), "rootcause-analysis")


def _is_harness(path: str) -> bool:
    from rootcause.ingest.paths import is_library_path, split_printed_path

    return any(p in path for p in _HARNESS_PARTS) or is_library_path(split_printed_path(path))


def _trim_harness(incident: Incident) -> Incident:
    """Drop the outermost frames of pytest, its plugins and other libraries: the story starts
    in the test (or the fixture) that failed."""
    exceptions: list[ExceptionInfo] = []
    for exc in incident.exceptions:
        frames = exc.frames
        start = 0
        while start < len(frames) - 1 and _is_harness(frames[start].path):
            start += 1
        exceptions.append(replace(exc, frames=frames[start:]) if start else exc)
    return replace(incident, exceptions=tuple(exceptions))


class RootCausePlugin:
    """Analyses failures as their reports are made; collects them for ``--rootcause-json``."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        repo = config.getoption("rootcause_repo")
        self.repo = Path(repo).resolve() if repo else Path(config.rootpath)
        json_path = config.getoption("rootcause_json")
        self.json_path = Path(json_path).resolve() if json_path else None
        self.collected: list[dict[str, Any]] = []
        self._index: Any = None
        self._settings: Any = None
        self._workspace: Any = None

    # -- analysis (on the process that runs the test) ---------------------------------

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if report.failed and call.excinfo is not None and not hasattr(report, "wasxfail"):
            exc = call.excinfo.value
            if not isinstance(exc, pytest.skip.Exception | pytest.fail.Exception | pytest.exit.Exception):
                self._explain(report, exc)
        return report

    def _explain(self, report: pytest.TestReport, exc: BaseException) -> None:
        try:
            from rootcause.ingest.live import incident_from_exception
            from rootcause.integrations.panel import section_text

            incident = _trim_harness(incident_from_exception(exc))
            analysis = self._analyze(incident)
            text = section_text(analysis)
            setattr(report, _ATTR, analysis.to_json())
        except Exception as error:  # noqa: BLE001 - never break the test run
            text = f"analysis failed: {type(error).__name__}: {error}\n"
        report.sections.append((SECTION, text))

    def _analyze(self, incident: Incident) -> Any:
        from rootcause.analysis.pipeline import analyze_incident, load_index
        from rootcause.config import load_settings
        from rootcause.workspace import Workspace

        if self._workspace is None:
            self._workspace = Workspace(self.repo)
            self._settings = load_settings(self.repo)
            self._index = load_index(self._workspace, self._settings, [])
        return analyze_incident(
            incident, repo=self._workspace, settings=self._settings, top=5, index=self._index
        )

    # -- reporting (on the controller) ------------------------------------------------

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        data = getattr(report, _ATTR, None)
        if isinstance(data, dict):
            self.collected.append({"nodeid": report.nodeid, "when": report.when, "report": data})

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.collected:
            return
        terminalreporter.section("root causes")
        for entry in self.collected:
            candidates = entry["report"].get("candidates") or []
            if candidates:
                top = candidates[0]
                where = f"{top['file']}:{top['line']} {top['function']}: {top['title']}"
            else:
                where = "no root cause found in the repository"
            terminalreporter.write_line(f"{entry['nodeid']}: {where}")
        if self.json_path is not None:
            terminalreporter.write_line(f"rootcause: reports written to {self.json_path}")

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.json_path is None or hasattr(self.config, "workerinput"):
            return
        document = {"repo": str(self.repo), "failures": self.collected}
        self.json_path.parent.mkdir(parents=True, exist_ok=True)
        self.json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
