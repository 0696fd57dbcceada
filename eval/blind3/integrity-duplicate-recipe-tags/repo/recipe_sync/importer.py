"""Map partner feed entries onto catalogue recipes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recipe_sync.models import Recipe
from recipe_sync.tags import create_tag, normalise


async def import_recipe(session: AsyncSession, source: str, entry: dict[str, Any]) -> Recipe:
    external_id = f"{source}:{entry['id']}"
    recipe = await session.scalar(select(Recipe).where(Recipe.external_id == external_id))
    if recipe is None:
        recipe = Recipe(external_id=external_id, source=source, title=entry["title"], tags=[])
        session.add(recipe)
    recipe.title = entry["title"]
    recipe.method = "\n".join(entry.get("steps", []))
    names = sorted({normalise(n) for n in entry.get("tags", [])})
    recipe.tags = [await create_tag(session, name) for name in names]
    return recipe


async def import_batch(session: AsyncSession, source: str, entries: list[dict[str, Any]]) -> int:
    for entry in entries:
        await import_recipe(session, source, entry)
    await session.commit()
    return len(entries)
