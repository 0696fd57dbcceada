import json
from pathlib import Path

from ingestkit import ingest_folder, load_any


def test_load_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text('{"id": 1}\n\n{"id": 2}\n')
    assert [r["id"] for r in load_any(path)] == [1, 2]


def test_ingest_folder_mixed_exports(tmp_path: Path) -> None:
    (tmp_path / "orders.json").write_text(json.dumps([{"id": "o1", "total": "12.50"}]))
    # the POS terminals write their exports with upper-case names
    (tmp_path / "POS_EXPORT_0612.CSV").write_text("id,total\no2,3.10\no3,7.00\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")

    report = ingest_folder(tmp_path)

    assert report.files == ["POS_EXPORT_0612.CSV", "orders.json"]
    assert [r["id"] for r in report.rows] == ["o2", "o3", "o1"]
    assert report.skipped == [".DS_Store"]
