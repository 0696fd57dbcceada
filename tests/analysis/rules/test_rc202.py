from __future__ import annotations

from pathlib import Path


def test_sync_implementation_of_async_protocol_is_the_origin(fixture_app, tmp_path: Path) -> None:
    report, _ = fixture_app.analyse("await_sync", "limits", tmp_path)
    first = report.candidates[0]
    assert (first.file, first.function) == ("limits/stores.py", "MemoryStore.load")
    assert first.rule == "RC202"
    assert any("RedisStore.load() is `async def`" in e.note for e in first.evidence)
