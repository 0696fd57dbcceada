"""Packing: what goes into the prompt, in what order, within the budget."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from llm_fakes import FILES, GOLD_FILE, GOLD_LINE, make_report

from rootcause.config import Settings
from rootcause.llm.packing import estimate_tokens, pack
from rootcause.model import ContextSnippet, ExceptionInfo, Frame, Incident
from rootcause.workspace import Workspace


def _repo(tmp_path: Path) -> Path:
    for rel, text in FILES.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def _sent_tokens(packed: object) -> int:
    messages = packed.messages("plain")  # type: ignore[attr-defined]
    return sum(estimate_tokens(m["content"]) for m in messages)


def _numbered_lines(user: str, file: str) -> list[int]:
    out: list[int] = []
    for block in re.findall(
        rf'file="{re.escape(file)}" lines="\d+-\d+"[^>]*>\n(.*?)\n</data', user, re.S
    ):
        out.extend(int(line.split("|", 1)[0]) for line in block.splitlines())
    return out


def test_without_ranked_context_the_frames_and_candidates_are_shown(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    report = replace(make_report(root), context=())
    packed = pack(report, workspace=Workspace(root), settings=Settings())
    assert {s.file for s in packed.included} >= {"app/service.py", GOLD_FILE}
    assert GOLD_LINE in _numbered_lines(packed.user, GOLD_FILE)
    assert 8 in _numbered_lines(packed.user, "app/service.py")


def test_overlapping_snippets_are_sent_once(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    report = replace(
        make_report(root),
        context=(
            ContextSnippet(GOLD_FILE, 5, 14, "a"),
            ContextSnippet(GOLD_FILE, 10, 14, "b"),
            ContextSnippet(GOLD_FILE, 1, 8, "c"),
        ),
    )
    packed = pack(report, workspace=Workspace(root), settings=Settings())
    lines = _numbered_lines(packed.user, GOLD_FILE)
    assert sorted(lines) == list(range(1, 15)) and len(lines) == len(set(lines))


def test_a_long_snippet_is_cut_around_the_crash_line(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    body = "".join(f"    step_{i} = compute_{i}(previous)\n" for i in range(2000))
    (root / "app" / "long.py").write_text(f"def long():\n{body}    return crash_here(x)\n")
    crash = 2002
    frame = Frame(
        str(root / "app/long.py"),
        crash,
        "long",
        "return crash_here(x)",
        in_app=True,
        repo_path="app/long.py",
        repo_lineno=crash,
    )
    incident = Incident("python", (ExceptionInfo("ValueError", "bad", (frame,)),))
    report = replace(
        make_report(root),
        incident=incident,
        candidates=(),
        context=(ContextSnippet("app/long.py", 1, crash, "crash function"),),
    )
    packed = pack(report, workspace=Workspace(root), settings=Settings(budget_tokens=3000))
    lines = _numbered_lines(packed.user, "app/long.py")
    assert crash in lines and 1 not in lines
    assert packed.estimated_tokens <= 3000
    assert _sent_tokens(packed) <= 3000 + 40


def test_deep_recursion_is_compressed_into_the_budget(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    frame = Frame(
        str(root / "app/service.py"),
        8,
        "charge",
        "customer = user.stripe_customer_id",
        in_app=True,
        repo_path="app/service.py",
        repo_lineno=8,
    )
    library = Frame("/usr/lib/python3.11/site-packages/lib/core.py", 10, "call", "f()")
    frames = (library,) * 50 + (frame,) * 1000
    incident = Incident(
        "python", (ExceptionInfo("RecursionError", "maximum recursion depth", frames),)
    )
    report = replace(make_report(root), incident=incident)
    packed = pack(report, workspace=Workspace(root), settings=Settings())
    assert packed.estimated_tokens <= 6000
    assert "repeats 999 more times" in packed.user and "repeats 49 more times" in packed.user
    assert "/usr/lib" not in packed.user and "] lib/core.py:10" in packed.user
    assert GOLD_LINE in _numbered_lines(packed.user, GOLD_FILE)


def test_files_outside_the_repo_are_never_read(tmp_path: Path) -> None:
    root = _repo(tmp_path / "repo")
    (tmp_path / "secret.py").write_text("TOKEN = 'outside'\n")
    (root / "app" / "link.py").symlink_to(tmp_path / "secret.py")
    report = replace(
        make_report(root),
        context=(
            ContextSnippet("../secret.py", 1, 1, "escape"),
            ContextSnippet(str(tmp_path / "secret.py"), 1, 1, "absolute"),
            ContextSnippet("app/link.py", 1, 1, "symlink"),
        ),
    )
    packed = pack(report, workspace=Workspace(root), settings=Settings())
    assert "outside" not in packed.user
    assert all(
        not s.file.startswith(("/", "..")) and s.file != "app/link.py" for s in packed.included
    )


def test_the_schema_and_fallback_are_consistent(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    packed = pack(make_report(root), workspace=Workspace(root), settings=Settings())
    plain = packed.messages("plain")[1]["content"]
    assert plain.startswith(packed.user)
    assert json.dumps(packed.schema, separators=(",", ":")) in plain
    assert packed.response_format()["json_schema"]["schema"] == packed.schema


def test_code_named_by_dotted_paths_in_the_message_is_shown(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "src" / "shop" / "models").mkdir(parents=True)
    (root / "src" / "shop" / "models" / "order.py").write_text(
        "import x\n\n\nclass Order:\n    id: int\n    total: int\n\n    def ok(self):\n"
        "        return 1\n\n\nclass Other:\n    pass\n"
    )
    message = (
        "1 validation error: {'loc': ('response', 'total'), 'input': "
        "<shop.models.order.Order object at 0x7f>} while SELECT order.id FROM order"
    )
    incident = Incident("python", (ExceptionInfo("ResponseValidationError", message, ()),))
    report = replace(make_report(root), incident=incident, candidates=(), context=())
    packed = pack(report, workspace=Workspace(root), settings=Settings())
    (snippet,) = packed.included
    assert (snippet.file, snippet.start_line, snippet.end_line) == (
        "src/shop/models/order.py",
        4,
        9,
    )
    assert "shop.models.order.Order" in snippet.reason
