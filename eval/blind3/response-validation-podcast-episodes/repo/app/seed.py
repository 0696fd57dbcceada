"""Create the schema and load a demo show: `python -m app.seed`."""
from __future__ import annotations

import asyncio
from datetime import datetime

from app.database import Base, engine, session_factory
from app.models import Episode, Show


async def main() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with session_factory() as session:
        show = Show(slug="night-shift", title="Night Shift")
        session.add(show)
        await session.flush()
        session.add_all([
            Episode(show_id=show.id, number=1, title="Pilot", audio_path="night-shift/001.mp3",
                    duration_seconds=2710, published_at=datetime(2026, 9, 1, 6, 0)),
            Episode(show_id=show.id, number=2, title="Graveyard", audio_path="night-shift/002.mp3",
                    duration_seconds=3125, published_at=datetime(2026, 9, 8, 6, 0)),
        ])
        await session.commit()
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
