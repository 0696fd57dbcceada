from __future__ import annotations

from pathlib import Path

from rootcause.analysis.code import Code
from rootcause.analysis.rules.rc3_fastapi import api_params, is_scalar_annotation, path_match
from rootcause.workspace import Workspace


def test_path_match_prefers_exact_length_and_tolerates_include_router_prefixes() -> None:
    assert path_match("/carts/{cart_id}/items", "/carts/7/items") > path_match("/carts/{cart_id}/items", "/api/carts/7/items") > 0
    assert path_match("/carts/{cart_id}/items", "/carts/{}/items") > 0  # f-string placeholder
    assert path_match("/carts/{cart_id}/items", "/carts/7/coupons") == 0
    assert path_match("/carts/{cart_id}", "/carts") == 0


def test_how_fastapi_reads_each_parameter(tmp_path: Path) -> None:
    (tmp_path / "routes.py").write_text(
        "from typing import Annotated\n"
        "from fastapi import Body, Depends, Query, UploadFile, Request\n"
        "def get_db(): ...\n"
        "def route(item_id: int, q: str, tags: list[str], payload: dict, model: 'ItemIn', "
        "f: UploadFile, request: Request, db=Depends(get_db), "
        "note: Annotated[str, Body()] = '', limit: int = Query(10)): ...\n"
    )
    code = Code(Workspace(tmp_path))
    func = next(f for f in code.functions_in("routes.py") if f.name == "route")
    sources = {p.name: (p.source, p.explicit) for p in api_params(func, "/items/{item_id}")}
    assert sources == {
        "item_id": ("path", False), "q": ("query", False), "tags": ("query", False), "payload": ("body", False),
        "model": ("body", False), "f": ("file", False), "request": ("special", False), "db": ("depends", True),
        "note": ("body", True), "limit": ("query", True),
    }
    assert is_scalar_annotation("int | None") and not is_scalar_annotation("dict[str, int]")
