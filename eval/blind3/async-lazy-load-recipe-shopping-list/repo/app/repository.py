from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.models import Recipe


class RecipeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_recent(self, limit: int = 20) -> Sequence[Recipe]:
        stmt = select(Recipe).order_by(Recipe.id.desc()).limit(limit)
        return (await self.session.scalars(stmt)).all()

    async def get_full(self, recipe_id: int) -> Recipe | None:
        stmt = select(Recipe).where(Recipe.id == recipe_id).options(selectinload(Recipe.ingredients))
        return await self.session.scalar(stmt)

    async def get_by_slug(self, slug: str) -> Recipe | None:
        stmt = select(Recipe).where(Recipe.slug == slug)
        return await self.session.scalar(stmt)

    async def add(self, recipe: Recipe) -> Recipe:
        self.session.add(recipe)
        await self.session.commit()
        return recipe
