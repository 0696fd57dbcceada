"""Headless Neovim with the documented setup (editors/nvim) against ``rootcause lsp``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


ROOT = Path(__file__).resolve().parents[2]
NVIM = shutil.which("nvim")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(NVIM is None, reason="nvim not installed (apt-get install -y neovim)"),
]


def test_diagnostics_and_quickfix_arrive_in_neovim(app_repo: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    crash = subprocess.run([sys.executable, "crash.py", "1"], capture_output=True, text=True, cwd=app_repo, check=False)
    (app_repo / "server.log").write_text("INFO: started\n" + crash.stderr)
    out = tmp_path / "nvim.json"
    env = dict(clean_env, ROOTCAUSE_NVIM_OUT=str(out), ROOTCAUSE_NVIM_PYTHON=sys.executable, HOME=str(tmp_path))
    assert NVIM is not None
    subprocess.run(
        [
            NVIM, "--headless", "-u", "NONE", "-i", "NONE", "-n",
            "--cmd", f"set runtimepath^={ROOT / 'editors' / 'nvim'}",
            "-c", f"luafile {FIXTURES / 'nvim' / 'check.lua'}",
        ],
        cwd=app_repo,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    result = json.loads(out.read_text())
    assert result["ok"] is True
    diagnostics = result["diagnostics"]
    top = next(d for d in diagnostics if d["message"].startswith("#1 "))
    assert top["file"] == str(app_repo / "shop" / "users.py")
    assert top["lnum"] == 4  # 0-based: shop/users.py:5
    assert top["source"] == "rootcause"
    assert top["related"] >= 1  # the evidence chain came along
    # The quickfix list walks the ranked candidates and their evidence.
    first = result["quickfix"][0]
    assert first["file"].endswith("shop/users.py") and first["lnum"] == 5
    assert first["text"].startswith("#1 ")
    assert any(item["text"].lstrip().startswith("1. ") for item in result["quickfix"])
