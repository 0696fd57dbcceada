from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class RecipeSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    title: str
    author: str


class ShoppingItem(BaseModel):
    name: str
    unit: str
    quantity: Decimal


class ShoppingList(BaseModel):
    recipe: str
    servings: int
    items: list[ShoppingItem]
