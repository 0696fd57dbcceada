"""What happens to each traceback found live: dedup, analysis off the output path, the panel.

:class:`IncidentSession` is shared by ``rootcause run`` and ``rootcause watch``. Each new
traceback gets a number, its text is saved (so the printed ``rootcause analyze`` command
shows the full report), and it is handed to an analyzer; when the report comes back the
panel is printed and, with ``--report FILE``, the report is appended as one JSON line.
A traceback identical to one seen before (same fingerprint) is not analysed again.
"""

from __future__ import annotations

import json
import shlex
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rootcause.integrations import panel
from rootcause.integrations.worker import Analyzer, ProcessAnalyzer, ResultCallback
from rootcause.model import Incident, Report

PanelWriter = Callable[[list[str]], None]
AnalyzerFactory = Callable[[Path, ResultCallback], Analyzer]


@dataclass
class _Seen:
    number: int
    incident: Incident
    saved: Path | None
    count: int = 1
    report: Report | None = None
    done: bool = False
    repeats_unreported: int = 0
    extra: dict[str, str] = field(default_factory=dict)


class IncidentSession:
    """Numbers, analyses (once per fingerprint) and reports the tracebacks it is given."""

    def __init__(
        self,
        repo: Path,
        write: PanelWriter,
        *,
        report_file: Path | None = None,
        analyzer: AnalyzerFactory = ProcessAnalyzer,
        save_dir: Path | None = None,
    ) -> None:
        self.repo = repo
        self._write = write
        self._report_file = report_file
        self._analyzer = analyzer(repo, self._on_result)
        self._save_dir = save_dir
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._by_fp: dict[str, _Seen] = {}
        self._by_number: dict[int, _Seen] = {}
        self._pending = 0

    # -- input ------------------------------------------------------------------------

    def add(self, incident: Incident, text: str, *, source: str = "") -> None:
        """A finished traceback (``text`` is what was printed). Never blocks on analysis."""
        key = panel.fingerprint(incident)
        with self._lock:
            seen = self._by_fp.get(key)
            if seen is not None:
                seen.count += 1
                if not seen.done:
                    seen.repeats_unreported += 1
                    return
                line = panel.repeat_line(seen.number, seen.count, seen.report)
            else:
                number = len(self._by_fp) + 1
                seen = _Seen(number, incident, self._save(number, text))
                if source:
                    seen.extra["source"] = source
                self._by_fp[key] = seen
                self._by_number[number] = seen
                self._pending += 1
                line = None
        if line is not None:
            self._write([line])
            return
        self._analyzer.submit(seen.number, incident)

    def _save(self, number: int, text: str) -> Path | None:
        try:
            if self._save_dir is None:
                self._save_dir = Path(tempfile.mkdtemp(prefix="rootcause-"))
            path = self._save_dir / f"traceback-{number}.txt"
            path.write_text(text, encoding="utf-8")
        except OSError:
            return None
        return path

    # -- results ----------------------------------------------------------------------

    def full_report_hint(self, seen: _Seen) -> str | None:
        if seen.saved is None:
            return str(self._report_file) if self._report_file else None
        command = f"rootcause analyze {shlex.quote(str(seen.saved))} --repo {shlex.quote(str(self.repo))}"
        if self._report_file is not None:
            command += f"  (JSON: {self._report_file})"
        return command

    def _on_result(self, job_id: int, report: Report | None, error: str | None) -> None:
        with self._lock:
            seen = self._by_number[job_id]
        if report is not None:
            lines = panel.panel_lines(report, number=seen.number, full_report=self.full_report_hint(seen))
            self._append_json(seen, report)
        else:
            lines = panel.error_lines(seen.incident, number=seen.number, error=error or "unknown error")
        with self._lock:
            seen.report = report
            seen.done = True
            if seen.repeats_unreported:
                lines.append(panel.repeat_line(seen.number, seen.count, report))
                seen.repeats_unreported = 0
        try:
            self._write(lines)
        finally:
            with self._lock:
                self._pending -= 1
                self._idle.notify_all()

    def _append_json(self, seen: _Seen, report: Report) -> None:
        if self._report_file is None:
            return
        data = report.to_json()
        data["number"] = seen.number
        if seen.saved is not None:
            data["traceback_file"] = str(seen.saved)
        data.update(seen.extra)
        try:
            with self._report_file.open("a", encoding="utf-8") as out:
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
        except OSError as exc:
            self._write([f"── {panel.PANEL_MARK}: cannot write {self._report_file}: {exc.strerror or exc}"])

    # -- end --------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    @property
    def incidents(self) -> int:
        with self._lock:
            return len(self._by_fp)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the analyses in flight; True when none is left."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while self._pending:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                # Short waits keep the main thread responsive to signals.
                self._idle.wait(0.2 if remaining is None else min(0.2, remaining))
            return True

    def close(self) -> None:
        self._analyzer.close()

    def kill(self) -> None:
        kill = getattr(self._analyzer, "kill", None)
        if callable(kill):
            kill()
        else:
            self._analyzer.close()
