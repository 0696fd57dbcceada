from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_the_deferrable_upward_import_closes_the_cycle(tmp_path: Path) -> None:
    report, text = rc.analyse("rc307_cycle", tmp_path, ["-m", "pkg.cli"])
    assert "partially initialized module 'pkg.orders'" in text
    top = rc.first(report)
    # The crash is in pkg/tax.py, but orders.py only uses vat_for inside a method:
    # that import is the one to move (tax.py needs Order at import time, for a subclass).
    assert (top.file, top.function, top.line, top.rule) == ("pkg/orders.py", "<module>", 3, "RC307")
    assert "circular" in top.title and "pkg.tax" in top.title
    # The other edge of the cycle (where the crash is) ranks below it.
    others = [(c.file, c.line) for c in report.candidates[1:]]
    assert ("pkg/tax.py", 1) in others
