"""Path resolution: printed paths -> repository files, in_app, relocation of moved lines."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_support import Run

from rootcause.ingest import parse_text
from rootcause.ingest.paths import resolve_incident, suffix_map
from rootcause.model import Incident
from rootcause.workspace import Workspace

PROJECT = {
    "main.py": """
        import json

        from services.billing import charge

        charge(json.loads('{"amount": 0}'))
    """,
    "services/__init__.py": "",
    "services/billing.py": """
        def total(amount):
            return 100 / amount


        def charge(payload):
            amount = payload["amount"]
            return total(amount)
    """,
    # A repo file whose name collides with a stdlib module used in the traceback.
    "decoder.py": "",
}


@pytest.fixture
def crash(run_python: Callable[..., Run], tmp_path: Path) -> tuple[str, Path]:
    files = dict(PROJECT)
    files["main.py"] = files["main.py"].replace("'{\"amount\": 0}'", "'{\"amount\": 0}'")
    run = run_python(files)
    assert "ZeroDivisionError" in run.stderr
    return run.stderr, tmp_path


def _frames(incident: Incident) -> list[tuple[str | None, int | None, bool]]:
    return [(f.repo_path, f.repo_lineno, f.in_app) for e in incident.exceptions for f in e.frames]


def _rewrite_root(text: str, root: Path, new_root: str, windows: bool = False) -> str:
    out = []
    for line in text.splitlines():
        marker = f'File "{root}'
        if marker in line:
            start = line.index(marker) + len('File "')
            end = line.index('"', start)
            rel = line[start + len(str(root)) : end]
            printed = new_root + (rel.replace("/", "\\") if windows else rel)
            line = line[:start] + printed + line[end:]
        out.append(line)
    return "\n".join(out)


EXPECTED = [
    ("main.py", 5, True),
    ("services/billing.py", 7, True),
    ("services/billing.py", 2, True),
]


def test_real_paths(crash: tuple[str, Path]) -> None:
    text, root = crash
    [incident] = parse_text(text, repo=root).incidents
    assert _frames(incident) == EXPECTED
    assert incident.warnings == ()


@pytest.mark.parametrize(
    ("new_root", "windows"),
    [
        ("/app", False),  # docker container
        ("C:\\Users\\me\\proj", True),  # Windows checkout
        ("/home/ci/.venv/lib/python3.11/site-packages", False),  # installed copy of the repo
    ],
    ids=["container", "windows", "site-packages"],
)
def test_foreign_roots_resolve(crash: tuple[str, Path], new_root: str, windows: bool) -> None:
    text, root = crash
    printed = _rewrite_root(text, root, new_root, windows)
    assert str(root) not in printed
    [incident] = parse_text(printed, repo=root).incidents
    expected = list(EXPECTED)
    if "site-packages" in new_root:
        # A lone top-level module in site-packages is too ambiguous to claim (uvicorn/main.py
        # would match every main.py); package files match by their directory as well.
        expected[0] = (None, None, False)
    assert _frames(incident) == expected
    assert incident.exceptions[0].frames[0].path.startswith(new_root)


def test_library_frames_are_not_in_app(run_python: Callable[..., Run], tmp_path: Path) -> None:
    run = run_python(
        {
            "main.py": "import json\njson.loads('{oops')\n",
            "decoder.py": "# same file name as the stdlib json/decoder.py\n",
            "__init__.py": "",
        }
    )
    [incident] = parse_text(run.stderr, repo=tmp_path).incidents
    frames = [f for e in incident.exceptions for f in e.frames]
    assert frames[0].in_app and frames[0].repo_path == "main.py"
    stdlib = [f for f in frames if "json" in f.path]
    assert stdlib and all(not f.in_app and f.repo_path is None for f in stdlib)


def test_relocation_same_function_first(crash: tuple[str, Path]) -> None:
    text, root = crash
    billing = root / "services" / "billing.py"
    # The code changed since the crash: lines inserted above, and the crashing line's
    # text now also appears (closer to the old line number) in another function.
    billing.write_text(
        "import math\n\n\n"
        "def other(amount):\n"
        "    return 100 / amount\n\n\n"
        "def total(amount):\n"
        "    amount = math.floor(amount)\n"
        "    return 100 / amount\n\n\n"
        "def charge(payload):\n"
        '    amount = payload["amount"]\n'
        "    return total(amount)\n"
    )
    [incident] = parse_text(text, repo=root).incidents
    frames = [f for e in incident.exceptions for f in e.frames]
    by_function = {f.function: f for f in frames}
    assert (by_function["total"].lineno, by_function["total"].repo_lineno) == (2, 10)
    assert (by_function["charge"].lineno, by_function["charge"].repo_lineno) == (7, 15)
    assert by_function["<module>"].repo_lineno == 5
    assert any("services/billing.py:2" in w and "line 10" in w for w in incident.warnings)


def test_resolution_is_idempotent_and_cached(crash: tuple[str, Path]) -> None:
    text, root = crash
    workspace = Workspace(root)
    [incident] = parse_text(text).incidents
    once = resolve_incident(incident, workspace)
    twice = resolve_incident(once, workspace)
    assert once == twice
    assert suffix_map(workspace) is suffix_map(workspace)


def test_unmatched_frames_stay_out_of_app(
    crash: tuple[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    text, _ = crash
    elsewhere = tmp_path_factory.mktemp("other_repo")
    (elsewhere / "unrelated.py").write_text("x = 1\n")
    [incident] = parse_text(text, repo=elsewhere).incidents
    assert all(f == (None, None, False) for f in _frames(incident))


def test_symlink_out_of_repo_is_not_followed(
    crash: tuple[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    text, root = crash
    repo = tmp_path_factory.mktemp("linked_repo")
    (repo / "services").mkdir()
    os.symlink(root / "services" / "billing.py", repo / "services" / "billing.py")
    [incident] = parse_text(text, repo=repo).incidents
    assert all(not f.in_app for e in incident.exceptions for f in e.frames)
