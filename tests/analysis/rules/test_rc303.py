from __future__ import annotations

from pathlib import Path

import rc3_support as rc


def test_form_fields_in_a_dependency_need_python_multipart(tmp_path: Path) -> None:
    report, text = rc.analyse("rc303_forms", tmp_path, ["serve.py"])
    assert "python-multipart" in text
    top = rc.first(report)
    assert (top.file, top.function, top.rule) == ("forms/deps.py", "signup_form", "RC303")
    assert top.line <= 13 and top.end_line >= 14  # the Form(...) parameters
    assert "python-multipart" in rc.text_of(top)
    notes = " ".join(f"{e.file}:{e.note}" for e in top.evidence)
    assert "requirements.txt" in notes and "depends on signup_form" in notes
