from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_session
from app.repository import RecipeRepository
from app.schemas import RecipeSummary, ShoppingList
from app.shopping import build_shopping_list

router = APIRouter(prefix="/recipes", tags=["recipes"])


def get_repo(session: Annotated[AsyncSession, Depends(get_session)]) -> RecipeRepository:
    return RecipeRepository(session)


Repo = Annotated[RecipeRepository, Depends(get_repo)]


@router.get("", response_model=list[RecipeSummary])
async def recent_recipes(repo: Repo):
    return await repo.list_recent()


@router.get("/{slug}/shopping-list", response_model=ShoppingList)
async def shopping_list(slug: str, repo: Repo, servings: int = Query(4, ge=1, le=50)):
    recipe = await repo.get_by_slug(slug)
    if recipe is None:
        raise HTTPException(status_code=404, detail="recipe not found")
    return build_shopping_list(recipe, servings)
